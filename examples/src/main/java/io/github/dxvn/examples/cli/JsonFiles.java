package io.github.dxvn.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.dxvn.index.Pipeline;
import io.github.dxvn.json.DatasetJson;
import io.github.dxvn.json.IndexJson;
import io.github.dxvn.observation.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@code dxvn-dataset} JSON documents with the JSON adapter. */
final class JsonFiles {

  private JsonFiles() {}

  static Dataset read(Path path, PrintWriter err) {
    try (InputStream in = Progress.monitor(Files.newInputStream(path), Files.size(path), path.toString(), err)) {
      return DatasetJson.create().read(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : Math.max(0, at.getLineNr());
      long column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new DataException(path + ":" + line + ":" + column + ": error: " + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      throw new DataException(path + ":0:0: error: no such file");
    } catch (IOException e) {
      throw new DataException(path + ":0:0: error: cannot read: " + e.getMessage());
    }
  }

  static Pipeline readFramework(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return IndexJson.create().readFramework(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : Math.max(0, at.getLineNr());
      long column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new DataException(path + ":" + line + ":" + column + ": error: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(path + ":0:0: error: cannot read: " + e.getMessage());
    }
  }

  static void write(Dataset dataset, Path path) throws IOException {
    DataFiles.writeAtomically(path, tmp -> DatasetJson.create().withPrettyPrinting(true).write(dataset, tmp));
  }
}
