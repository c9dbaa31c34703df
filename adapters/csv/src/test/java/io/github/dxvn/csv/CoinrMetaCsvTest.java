package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.index.Framework;
import io.github.dxvn.index.MetaRow;
import io.github.dxvn.index.MetaType;
import io.github.dxvn.indicator.Polarity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** COINr's iMeta read into a framework. */
class CoinrMetaCsvTest {

  static CsvMetaResult read(CsvOptions options, String text) throws IOException {
    return CoinrMetaCsv.reader(options).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "meta.csv");
  }

  @Test
  void asemMetaFormsTheFramework() throws IOException {
    CsvMetaResult result;
    try (InputStream in = CoinrMetaCsvTest.class.getResourceAsStream("coinr_asem_iMeta.csv")) {
      result = CoinrMetaCsv.reader(CsvOptions.defaults()).read(in, "coinr_asem_iMeta.csv");
    }
    assertEquals(68, result.rows().size());
    assertEquals(List.of(), result.diagnostics());
    Framework framework = result.framework().orElseThrow();
    assertEquals(49, framework.indicators().size());
    assertEquals(1, framework.level("LPI"));
    MetaRow lpi = result.rows().get(0);
    assertEquals("LPI", lpi.code());
    assertEquals("Logistics Performance Index", lpi.name());
    assertEquals(Polarity.HIGHER_IS_BETTER, lpi.polarity().orElseThrow());
    assertEquals(4.11803135, lpi.target().getAsDouble());
    assertEquals("Physical", lpi.parent().orElseThrow());
    assertEquals(4, result.rows().stream().filter(r -> r.type() == MetaType.GROUP).count());
    assertTrue(result.rows().stream().anyMatch(r -> r.denominator().isPresent()));
  }

  @Test
  void everyProblemIsReported() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(),
        "Level,iCode,Direction,Weight,Parent,Type\n1,A,2,1,Top,Indicator\nx,B,1,-1,Top,Indicator\n"
            + "2,Top,1,1,,Aggregat\n1,,1,1,Top,Indicator\n"));
    assertEquals(List.of(
            "meta.csv:2:3: invalid Direction \"2\": expected 1 (higher is better) or -1 (lower is better)",
            "meta.csv:3:1: invalid Level \"x\": expected a whole number from 1",
            "meta.csv:3:4: invalid value \"-1\": expected a number >= 0".replace("invalid value", "invalid Weight"),
            "meta.csv:4:6: invalid Type \"Aggregat\": expected Indicator, Aggregate, Group, Denominator or Other",
            "meta.csv:5:2: missing iCode (expected the code of an indicator or aggregate)"),
        e.diagnostics().stream().filter(CsvDiagnostic::isError).filter(d -> d.line() > 0)
            .map(CsvDiagnostic::toString).collect(Collectors.toList()));
  }

  @Test
  void missingRequiredColumns() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read(CsvOptions.defaults(), "Level,Code\n1,A\n"));
    assertEquals(List.of("meta.csv:1:0: missing required column iCode in the header",
        "meta.csv:1:0: missing required column Type in the header", "meta.csv:1:2: note: column \"Code\" ignored"),
        e.diagnostics().stream().map(CsvDiagnostic::toString).collect(Collectors.toList()));
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> CoinrMetaCsv.reader(null));
    assertThrows(NullPointerException.class, () -> CoinrMetaCsv.reader(CsvOptions.defaults()).read(null, "x"));
    assertThrows(NullPointerException.class,
        () -> CoinrMetaCsv.reader(CsvOptions.defaults()).read((java.nio.file.Path) null));
  }

  static List<String> lines(List<CsvDiagnostic> diagnostics) {
    return diagnostics.stream().map(CsvDiagnostic::toString).collect(Collectors.toList());
  }

  @Test
  void aDuplicateColumnIsAnError() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(),
        "iCode,Type,Notes,ICODE\nA,Indicator,x,B\n"));
    assertEquals(List.of("meta.csv:1:3: note: column \"Notes\" ignored", "meta.csv:1:4: duplicate column \"ICODE\""),
        lines(e.diagnostics()));
  }

  @Test
  void weightsTargetsAndRowWidthsAreChecked() throws IOException {
    CsvMetaResult result = read(CsvOptions.defaults().withKeepValidRows(true),
        "iCode,Type,Weight,Target,Parent\nA,Indicator,0,x,T\nB,Indicator,y,1,T\nT,Aggregate,1,,\nC,Indicator,,5,T\n"
            + "D,Indicator\nE,Indicator,0,,T\n");
    assertEquals(List.of(
        "meta.csv:2:4: invalid value \"x\": expected a digit or the decimal mark '.', found 'x' (character 1)",
        "meta.csv:3:3: invalid value \"y\": expected a digit or the decimal mark '.', found 'y' (character 1)",
        "meta.csv:6:0: expected 5 fields as in the header, found 2"), lines(result.diagnostics()));
    assertEquals(List.of("T", "C", "E"), result.rows().stream().map(MetaRow::code).collect(Collectors.toList()));
    assertEquals(0.0, result.rows().get(2).weight().getAsDouble());
    assertEquals(5.0, result.rows().get(1).target().getAsDouble());
  }

  @Test
  void rowsThatFormNoFrameworkAreAnError() {
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(CsvOptions.defaults(),
        "iCode,Type,Parent\nA,Indicator,Nope\n"));
    assertEquals(List.of("meta.csv:0:0: the indicator and aggregate rows form no framework: Invalid value for nodes "
        + "(valid values a forest of uniquely coded nodes): parent Nope of A does not exist"), lines(e.diagnostics()));
  }
}
