package io.github.dxvn.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunkedLongCsvReaderTest {

  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void parallelChunksGiveTheSequentialResult() throws Exception {
    Path small = NationalPipelineTest.small();
    ObservationColumns sequential = ChunkedLongCsvReader.read(small, 1, 1);
    assertEquals(33835, sequential.size());
    for (int chunks : new int[] {2, 3, 7, 64, 5000}) {
      assertEquals(sequential, ChunkedLongCsvReader.read(small, chunks, 2), "chunks " + chunks);
      assertEquals(sequential, ChunkedLongCsvReader.read(small, chunks, 1), "chunks " + chunks);
    }
  }

  @Test
  void readsCrLfLinesWithoutFinalNewlineAndSkipsEmptyValues() throws IOException {
    Path f = write("period,value,indicator_code,unit_code\r\n2025,1.5,DG01,01001\r\n"
        + "2025,,DG02,01001\r\n\r\n2024,-2,DG01,01002");
    for (int chunks = 1; chunks < 6; chunks++) {
      ObservationColumns c = ChunkedLongCsvReader.read(f, chunks, 2);
      assertEquals(2, c.size());
      assertEquals(List.of("01001", "01002"), c.units());
      assertEquals(List.of("DG01"), c.indicators());
      assertEquals(1.5, c.value(0));
      assertEquals(-2.0, c.value(1));
      assertEquals(ObservationStatus.NORMAL, c.status(1));
    }
  }

  @Test
  void skipsMissingStatusesAndKeepsEstimated() throws IOException {
    ObservationColumns c = ChunkedLongCsvReader.read(write(
        "unit_code,indicator_code,period,value,unit,status\n1,X,2025,3,1,E\n1,Y,2025,4,1,O\n"), 1, 1);
    assertEquals(1, c.size());
    assertEquals(ObservationStatus.ESTIMATED, c.status(0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0.1|0.1", "95.22|95.22", "100.00|100", "007|7", "-0.5|-0.5", "+3|3",
      "123456789012345678|123456789012345678", "1e3|1000", "0.30000000000000004|0.30000000000000004",
      "1.2345678901234567|1.2345678901234567", "1.|1", ".5|0.5"})
  void numbersAreTheNearestDouble(String cell, String expected) throws IOException {
    ObservationColumns c = ChunkedLongCsvReader.read(
        write("unit_code,indicator_code,period,value\n1,X,2025," + cell + "\n"), 1, 1);
    assertEquals(Double.parseDouble(expected), c.value(0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "unit_code,indicator_code,period,value\\n1,X,2025,abc|not a number",
      "unit_code,indicator_code,period,value\\n1,X,2025,.|not a number",
      "unit_code,indicator_code,period,value\\n1,X,2025,-|not a number",
      "unit_code,indicator_code,period,value\\n1,X,2025,1d|not a number",
      "unit_code,indicator_code,period,value\\n1,X,2025,NaN|not a number",
      "unit_code,indicator_code,period,value\\n\"1\",X,2025,1|quoted",
      "unit_code,indicator_code,period,value\\n1,X,2025|too few cells",
      "unit_code,indicator_code,period,value\\n1,X,2025,1,2|too many cells",
      "unit_code,indicator,period,value\\n1,X,2025,1|header lacks",
      "unit_code,indicator_code,period,value|no header line"})
  void badFilesAreReported(String text, String message) throws IOException {
    Path f = write(text.replace("\\n", "\n").replace("|", ""));
    IOException e = assertThrows(IOException.class, () -> ChunkedLongCsvReader.read(f, 2, 2));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void badPeriodIsReported() throws IOException {
    Path f = write("unit_code,indicator_code,period,value\n1,X,20x5,1\n");
    assertThrows(IllegalArgumentException.class, () -> ChunkedLongCsvReader.read(f, 1, 1));
  }

  @Test
  void invalidArguments() throws IOException {
    Path f = write("unit_code,indicator_code,period,value\n");
    assertEquals(0, ChunkedLongCsvReader.read(f).size());
    assertThrows(NullPointerException.class, () -> ChunkedLongCsvReader.read(null, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> ChunkedLongCsvReader.read(f, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> ChunkedLongCsvReader.read(f, 1, 0));
  }
}
