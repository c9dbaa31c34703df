package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxvn.indicator.IndicatorCatalog;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Dialects, options and diagnostics. */
class CsvDialectTest {

  @Test
  void predefinedDialects() {
    assertEquals(',', CsvDialect.RFC_4180.fieldSeparator());
    assertEquals('.', CsvDialect.RFC_4180.decimalSeparator());
    assertEquals(OptionalInt.empty(), CsvDialect.RFC_4180.groupingSeparator());
    assertFalse(CsvDialect.RFC_4180.byteOrderMark());
    assertFalse(CsvDialect.RFC_4180.formulaGuard());
    assertEquals(';', CsvDialect.VIETNAMESE.fieldSeparator());
    assertEquals(',', CsvDialect.VIETNAMESE.decimalSeparator());
    assertEquals(OptionalInt.of('.'), CsvDialect.VIETNAMESE.groupingSeparator());
    assertTrue(CsvDialect.VIETNAMESE.byteOrderMark());
    assertTrue(CsvDialect.VIETNAMESE.formulaGuard());
    assertFalse(CsvDialect.VIETNAMESE.writeGrouping());
    assertEquals("CsvDialect[separator ';', decimal ',', grouping '.', BOM, formula guard]",
        CsvDialect.VIETNAMESE.toString());
  }

  @Test
  void copiesChangeOneThing() {
    assertEquals('\t', CsvDialect.RFC_4180.withFieldSeparator('\t').fieldSeparator());
    assertNotEquals(CsvDialect.RFC_4180, CsvDialect.RFC_4180.withByteOrderMark(true));
    assertEquals(CsvDialect.RFC_4180, CsvDialect.RFC_4180.withByteOrderMark(true).withByteOrderMark(false));
    assertEquals(CsvDialect.RFC_4180.hashCode(), CsvDialect.RFC_4180.withFormulaGuard(false).hashCode());
  }

  @Test
  void invalidDialectsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CsvDialect.RFC_4180.withFieldSeparator('"'));
    assertThrows(IllegalArgumentException.class, () -> CsvDialect.RFC_4180.withFieldSeparator('\n'));
    assertThrows(IllegalArgumentException.class, () -> CsvDialect.RFC_4180.withNumberMarks(';', (char) 0));
    assertThrows(IllegalArgumentException.class, () -> CsvDialect.RFC_4180.withNumberMarks('.', '.'));
    assertThrows(IllegalArgumentException.class, () -> CsvDialect.RFC_4180.withNumberMarks('.', ' '));
    assertThrows(IllegalArgumentException.class, () -> CsvDialect.RFC_4180.withWriteGrouping(true));
  }

  @Test
  void options() {
    CsvOptions defaults = CsvOptions.defaults();
    assertTrue(defaults.dialect().isEmpty());
    assertEquals(CsvDialect.RFC_4180, defaults.writeDialect());
    assertEquals(100, defaults.maxDiagnostics());
    assertFalse(defaults.lenientNumbers());
    assertFalse(defaults.keepValidRows());
    assertFalse(defaults.strictIndicators());
    assertEquals(CsvDialect.VIETNAMESE, CsvOptions.of(CsvDialect.VIETNAMESE).writeDialect());
    assertTrue(CsvOptions.of(CsvDialect.VIETNAMESE).withAutoDialect().dialect().isEmpty());
    assertEquals(defaults, CsvOptions.defaults().withLenientNumbers(true).withLenientNumbers(false));
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaxDiagnostics(0));
    assertThrows(NullPointerException.class, () -> defaults.withDialect(null));
    assertThrows(NullPointerException.class, () -> defaults.withCatalog(null));
    assertThrows(NullPointerException.class, () -> CsvOptions.of(null));
  }

  @Test
  void diagnosticsPrintLikeACompiler() {
    CsvDiagnostic error = CsvDiagnostic.of("obs.csv", 17, 4, CsvDiagnostic.Severity.ERROR,
        "invalid value \"12,5,0\" for SOC_EID_ACTIVATED: expected a digit", "12,5,0");
    assertEquals("obs.csv:17:4: invalid value \"12,5,0\" for SOC_EID_ACTIVATED: expected a digit", error.toString());
    assertEquals("12,5,0", error.text().orElseThrow());
    assertTrue(error.isError());
    assertEquals("obs.csv:1:0: warning: w",
        CsvDiagnostic.of("obs.csv", 1, 0, CsvDiagnostic.Severity.WARNING, "w", null).toString());
    assertEquals("obs.csv:0:0: note: n", CsvDiagnostic.of("obs.csv", 0, 0, CsvDiagnostic.Severity.INFO, "n", null)
        .toString());
    assertThrows(IllegalArgumentException.class,
        () -> CsvDiagnostic.of("f", -1, 0, CsvDiagnostic.Severity.ERROR, "m", null));
    assertThrows(IllegalArgumentException.class,
        () -> CsvDiagnostic.of("f", 1, -1, CsvDiagnostic.Severity.ERROR, "m", null));
    assertThrows(NullPointerException.class, () -> CsvDiagnostic.of(null, 1, 1, CsvDiagnostic.Severity.ERROR, "m", null));
    assertThrows(NullPointerException.class, () -> CsvDiagnostic.of("f", 1, 1, null, "m", null));
    assertThrows(NullPointerException.class, () -> CsvDiagnostic.of("f", 1, 1, CsvDiagnostic.Severity.ERROR, null, null));
  }

  @Test
  void dialectsEqualOnlyIfEveryPartIs() {
    CsvDialect base = CsvDialect.VIETNAMESE;
    List<CsvDialect> others = List.of(base.withFieldSeparator(','), base.withNumberMarks('.', ','),
        base.withNumberMarks(',', (char) 0), base.withByteOrderMark(false), base.withFormulaGuard(false),
        base.withWriteGrouping(true));
    for (CsvDialect other : others) {
      assertNotEquals(base, other, other::toString);
      assertNotEquals(other, base, other::toString);
      assertNotEquals(base.hashCode(), other.hashCode(), other::toString);
    }
    assertEquals(base, CsvDialect.RFC_4180.withFieldSeparator(';').withNumberMarks(',', '.').withByteOrderMark(true)
        .withFormulaGuard(true));
    assertNotEquals(base, "CsvDialect");
    assertNotEquals(base, null);
    assertEquals("CsvDialect[separator TAB, decimal '.', grouping none]",
        CsvDialect.RFC_4180.withFieldSeparator('\t').toString());
    assertEquals("CsvDialect[separator ';', decimal ',', grouping '.', grouped output]",
        base.withByteOrderMark(false).withFormulaGuard(false).withWriteGrouping(true).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvDialect.RFC_4180.withFieldSeparator('\t').withNumberMarks('\t', (char) 0));
    assertTrue(e.getMessage().endsWith(": TAB"), e::getMessage);
  }

  @Test
  void numberMarksWithoutGroupingStopGroupedOutput() {
    CsvDialect grouped = CsvDialect.VIETNAMESE.withWriteGrouping(true);
    assertTrue(grouped.withNumberMarks(',', '.').writeGrouping());
    assertFalse(grouped.withNumberMarks(',', (char) 0).writeGrouping());
    assertEquals(OptionalInt.empty(), grouped.withNumberMarks(',', (char) 0).groupingSeparator());
  }

  @Test
  void optionsEqualOnlyIfEveryPartIs() {
    CsvOptions base = CsvOptions.defaults();
    assertEquals(1, base.withMaxDiagnostics(1).maxDiagnostics());
    IndicatorCatalog empty = IndicatorCatalog.of(List.of());
    assertEquals(empty, base.withCatalog(empty).catalog());
    List<CsvOptions> others = List.of(base.withDialect(CsvDialect.RFC_4180), base.withLenientNumbers(true),
        base.withKeepValidRows(true), base.withStrictIndicators(true), base.withMaxDiagnostics(7), base.withCatalog(empty));
    for (CsvOptions other : others) {
      assertNotEquals(base, other, other::toString);
      assertNotEquals(other, base, other::toString);
    }
    for (CsvOptions other : others.subList(0, 5)) {
      assertNotEquals(base.hashCode(), other.hashCode(), other::toString);
    }
    CsvOptions all = base.withDialect(CsvDialect.RFC_4180).withLenientNumbers(true).withKeepValidRows(true)
        .withStrictIndicators(true).withMaxDiagnostics(7);
    assertEquals(all, CsvOptions.of(CsvDialect.RFC_4180).withMaxDiagnostics(7).withStrictIndicators(true)
        .withKeepValidRows(true).withLenientNumbers(true));
    assertEquals(all.hashCode(), CsvOptions.of(CsvDialect.RFC_4180).withMaxDiagnostics(7).withStrictIndicators(true)
        .withKeepValidRows(true).withLenientNumbers(true).hashCode());
    assertNotEquals(base, "CsvOptions");
    assertEquals("CsvOptions[dialect auto, max 100 diagnostics]", base.toString());
    assertEquals("CsvOptions[dialect " + CsvDialect.RFC_4180 + ", lenient numbers, keep valid rows, strict indicators, "
        + "max 7 diagnostics]", all.toString());
  }

  @Test
  void diagnosticsEqualOnlyIfEveryPartIs() {
    CsvDiagnostic base = CsvDiagnostic.of("f.csv", 2, 3, CsvDiagnostic.Severity.WARNING, "m", "t");
    assertEquals("f.csv", base.file());
    assertEquals(2, base.line());
    assertEquals(3, base.column());
    assertEquals(CsvDiagnostic.Severity.WARNING, base.severity());
    assertEquals("m", base.message());
    assertFalse(base.isError());
    assertEquals(base, CsvDiagnostic.of("f.csv", 2, 3, CsvDiagnostic.Severity.WARNING, "m", "t"));
    assertEquals(base.hashCode(), CsvDiagnostic.of("f.csv", 2, 3, CsvDiagnostic.Severity.WARNING, "m", "t").hashCode());
    List<CsvDiagnostic> others = List.of(
        CsvDiagnostic.of("g.csv", 2, 3, CsvDiagnostic.Severity.WARNING, "m", "t"),
        CsvDiagnostic.of("f.csv", 1, 3, CsvDiagnostic.Severity.WARNING, "m", "t"),
        CsvDiagnostic.of("f.csv", 2, 4, CsvDiagnostic.Severity.WARNING, "m", "t"),
        CsvDiagnostic.of("f.csv", 2, 3, CsvDiagnostic.Severity.INFO, "m", "t"),
        CsvDiagnostic.of("f.csv", 2, 3, CsvDiagnostic.Severity.WARNING, "n", "t"),
        CsvDiagnostic.of("f.csv", 2, 3, CsvDiagnostic.Severity.WARNING, "m", null));
    for (CsvDiagnostic other : others) {
      assertNotEquals(base, other, other::toString);
      assertNotEquals(other, base, other::toString);
      assertNotEquals(base.hashCode(), other.hashCode(), other::toString);
    }
    assertNotEquals(base, "f.csv:2:3: warning: m");
  }
}
