package io.github.dxvn.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the small test CSV files: a "# source:" first line, a header, quoted or bare fields. */
final class Csv {

  private Csv() {}

  static List<Map<String, String>> read(String resource) {
    InputStream in = Csv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("No resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String first = r.readLine();
      if (!first.startsWith("# source:")) {
        throw new IllegalStateException("No source line in " + resource);
      }
      List<String> header = split(r.readLine());
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        List<String> f = split(line);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < f.size() ? f.get(i) : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }
}
