package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code malformed/} read with the default options gives exactly the diagnostics of
 * its sibling {@code .expected} file (one per line), whether the read fails or not.
 */
class MalformedCorpusTest {

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path dir = Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
    try (Stream<Path> all = Files.list(dir)) {
      List<Path> csv = all.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
      assertFalse(csv.isEmpty());
      return csv.stream();
    }
  }

  static List<String> diagnostics(Path file) throws IOException {
    try {
      return LongCsv.reader(CsvOptions.defaults()).read(file).diagnostics().stream().map(CsvDiagnostic::toString)
          .collect(Collectors.toList());
    } catch (CsvFormatException e) {
      return e.diagnostics().stream().map(CsvDiagnostic::toString).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void diagnosticsAreTheExpectedOnes(Path file) throws IOException {
    Path expected = file.resolveSibling(file.getFileName().toString().replaceAll("\\.csv$", ".expected"));
    List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
    assertEquals(String.join("\n", lines), String.join("\n", diagnostics(file)), file.getFileName().toString());
  }
}
