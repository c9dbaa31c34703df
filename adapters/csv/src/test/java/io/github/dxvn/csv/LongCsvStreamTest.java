package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dxvn.observation.Observation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LongCsv.Reader#stream(Path)} reads rows one by one (through the row reader, not the scanner
 * of {@code read(Path)}), as {@code read(InputStream)} does; for rows of every kind it gives what {@code read} gives: the same observations in
 * file order, or the same row diagnostics.
 */
class LongCsvStreamTest {

  static final String HEADER = "unit_code,indicator_code,period,value,unit,status,comparator,rank,rank_of,rank_group,"
      + "source,note\n";

  @TempDir
  Path dir;

  Path file(String text) throws IOException {
    Path file = dir.resolve("s.csv");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  List<Observation> stream(CsvOptions options, Path file) throws IOException {
    try (Stream<Observation> stream = LongCsv.reader(options).stream(file)) {
      return stream.collect(Collectors.toList());
    }
  }

  void sameObservations(String rows) throws IOException {
    Path file = file(HEADER + rows);
    List<Observation> read = LongCsv.reader(CsvOptions.defaults()).read(file).observations();
    CsvReadResult fromBytes = LongCsvTest.read(CsvOptions.defaults(), HEADER + rows);
    assertEquals(read, fromBytes.observations(), rows);
    assertEquals(read, stream(CsvOptions.defaults(), file).stream().sorted(
        java.util.Comparator.comparing(Observation::key)).collect(Collectors.toList()), rows);
  }

  void sameErrors(String rows, String... expected) throws IOException {
    Path file = file(HEADER + rows);
    CsvFormatException read = assertThrows(CsvFormatException.class,
        () -> LongCsv.reader(CsvOptions.defaults()).read(file), rows);
    java.io.UncheckedIOException unchecked = assertThrows(java.io.UncheckedIOException.class,
        () -> stream(CsvOptions.defaults(), file), rows);
    CsvFormatException streamed = (CsvFormatException) unchecked.getCause();
    CsvFormatException fromBytes = assertThrows(CsvFormatException.class, () -> LongCsvTest.read(CsvOptions.defaults(),
        HEADER + rows), rows);
    assertEquals(LongCsvTest.lines(read.diagnostics()), LongCsvTest.lines(fromBytes.diagnostics()).stream()
        .map(d -> d.replace("obs.csv:", "s.csv:")).collect(Collectors.toList()), rows);
    List<String> errors = LongCsvTest.lines(streamed.diagnostics()).stream().filter(d -> !d.contains(": warning: "))
        .collect(Collectors.toList());
    assertEquals(LongCsvTest.lines(read.diagnostics()).stream().filter(d -> !d.contains(": warning: "))
        .collect(Collectors.toList()), errors, rows);
    assertEquals(List.of(expected), errors, rows);
  }

  @Test
  void everyFieldIsRead() throws IOException {
    sameObservations("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80.51,%,E,>=,2,5,A,GSO,n1\n"
        + "45,INFRA_ADULT_SMARTPHONE_SHARE,2023,50%,,,,3/9,,,,\n"
        + "46,INFRA_ADULT_SMARTPHONE_SHARE,2023,40,,P,,4,,,src,\n"
        + "47,INFRA_ADULT_SMARTPHONE_SHARE,2023,,,M,,,,,,\n"
        + "47,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,,,,,,,,,\n"
        + "48,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,1,,,,1,1,,,\n");
  }

  @Test
  void rowErrorsAreTheSame() throws IOException {
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,%,M,,,,,,\n",
        "s.csv:2:6: status M means that there is no value, but the value cell holds \"80\" (expected an empty value, "
            + "or another status)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80%,1,,,,,,,\n",
        "s.csv:2:4: invalid value \"80%\" for INFRA_HOUSEHOLD_FIBRE_SHARE: a value with '%' needs the unit % (the "
            + "unit is 1)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,,5,,,\n",
        "s.csv:2:9: a rank group size or group without a rank (expected a rank in column 8)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,,,G,,\n",
        "s.csv:2:10: a rank group size or group without a rank (expected a rank in column 8)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,2,,G,,\n",
        "s.csv:2:10: a rank group without a group size (expected the number of units ranked in column 9)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,6,5,,,\n",
        "s.csv:2:8: invalid rank \"6\": above the group size 5");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,x,5,,,\n",
        "s.csv:2:8: invalid rank \"x\": expected a whole number from 1");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,1,0,,,\n",
        "s.csv:2:9: invalid rank group size \"0\": expected a whole number from 1");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,0,,,,\n",
        "s.csv:2:8: invalid rank \"0\": a rank starts at 1 (character 1)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,Q,,,,,,\n",
        "s.csv:2:6: invalid status \"Q\": expected an SDMX observation status code (A, B, D, E, F, I, M, O, P, U) "
            + "or an empty cell");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,,,Q,,,,,,\n",
        "s.csv:2:6: invalid status \"Q\": expected an SDMX observation status code (A, B, D, E, F, I, M, O, P, U) "
            + "or an empty cell");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,!!,,,,,\n",
        "s.csv:2:7: invalid comparator \"!!\": expected =, >, >=, <, <=, ~ or an empty cell");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,zz,,,,,,,\n", "s.csv:2:5: invalid unit \"zz\": expected %, 1 or an empty cell");
    sameErrors(",,,80,,,,,,,,\n", "s.csv:2:1: missing unit code (expected the code of an administrative unit)",
        "s.csv:2:2: invalid indicator code \"\": empty indicator code (character 1)",
        "s.csv:2:3: invalid period \"\": text ends early (character 1)");
    sameErrors("45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80\n", "s.csv:2:0: expected 12 fields as in the header, found 4");
  }

  @Test
  void afterTheFirstErrorTheStreamYieldsNothingAndThrowsAtItsEnd() throws IOException {
    Path file = file(HEADER + "45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,80,,,,,,,,\n"
        + "46,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,x,,,,,,,,\n"
        + "47,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,70,,,,,,,,\n"
        + "48,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,y,,,,,,,,\n");
    try (Stream<Observation> stream = LongCsv.reader(CsvOptions.defaults()).stream(file)) {
      java.util.Iterator<Observation> it = stream.iterator();
      assertEquals(true, it.hasNext());
      assertEquals(true, it.hasNext());
      assertEquals("45", it.next().unitCode());
      java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, it::hasNext);
      assertEquals(List.of("s.csv:3:4: invalid value \"x\" for INFRA_HOUSEHOLD_FIBRE_SHARE: expected a digit or the "
              + "decimal mark '.', found 'x' (character 1)", "s.csv:5:4: invalid value \"y\" for "
              + "INFRA_HOUSEHOLD_FIBRE_SHARE: expected a digit or the decimal mark '.', found 'y' (character 1)"),
          LongCsvTest.lines(((CsvFormatException) e.getCause()).diagnostics()));
    }
    List<Observation> kept = stream(CsvOptions.defaults().withKeepValidRows(true), file);
    assertEquals(List.of("45", "47"), kept.stream().map(Observation::unitCode).collect(Collectors.toList()));
  }

  @Test
  void anEmptyStreamEndsAndNextThenThrows() throws IOException {
    Path file = file(HEADER + "45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,,,M,,,,,,\n");
    try (Stream<Observation> stream = LongCsv.reader(CsvOptions.defaults()).stream(file)) {
      java.util.Iterator<Observation> it = stream.iterator();
      assertEquals(false, it.hasNext());
      assertEquals(false, it.hasNext());
      assertThrows(java.util.NoSuchElementException.class, it::next);
    }
    try (Stream<Observation> stream = LongCsv.reader(CsvOptions.defaults()).stream(file(HEADER
        + "45,INFRA_HOUSEHOLD_FIBRE_SHARE,2023,1,,,,,,,,\n"))) {
      java.util.Iterator<Observation> it = stream.iterator();
      assertEquals("45", it.next().unitCode());
      assertThrows(java.util.NoSuchElementException.class, it::next);
    }
  }
}
