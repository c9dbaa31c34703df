package io.github.dxvn.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
