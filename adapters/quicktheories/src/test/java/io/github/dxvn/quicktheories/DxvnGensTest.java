package io.github.dxvn.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.dti.DtiFramework;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.ValidRange;
import io.github.dxvn.target.TargetCatalog;
import org.junit.jupiter.api.Test;

/** Contract tests of the generator factories. */
class DxvnGensTest {

  @Test
  void nullArgumentsAreNamed() {
    assertEquals("definition", assertThrows(NullPointerException.class, () -> DxvnGens.values(null)).getMessage());
    assertEquals("definition", assertThrows(NullPointerException.class, () -> DxvnGens.quantities(null)).getMessage());
    assertEquals("definition",
        assertThrows(NullPointerException.class, () -> DxvnGens.valuesOutOfRange(null)).getMessage());
    assertEquals("definition",
        assertThrows(NullPointerException.class, () -> DxvnGens.observations(null)).getMessage());
    assertEquals("rule",
        assertThrows(NullPointerException.class, () -> DxvnGens.datasetsWithOneViolation(null)).getMessage());
    assertEquals("level", assertThrows(NullPointerException.class, () -> DxvnGens.adminUnitCodes(null)).getMessage());
  }

  @Test
  void valuesOutOfAnUnboundedRangeAreRefused() {
    IndicatorDefinition unbounded = IndicatorDefinition.builder().code(IndicatorCode.of("CTX_TEST_SCORE"))
        .nameVi("Điểm").nameEn("Score").area(Area.CONTEXT).kind(IndicatorKind.SCORE).source("test").build();
    assertEquals(ValidRange.unbounded(), unbounded.validRange());
    assertEquals(true, assertThrows(IllegalArgumentException.class,
        () -> DxvnGens.valuesOutOfRange(unbounded)).getMessage().startsWith("Invalid value for definition"));
  }

  @Test
  void standardTargetsAndDtiFrameworksArePicked() {
    qt().withExamples(50).forAll(DxvnGens.standardNationalTargets())
        .check(t -> TargetCatalog.standard().targets().contains(t));
    qt().withExamples(20).forAll(DxvnGens.dtiFrameworks())
        .check(f -> DtiFramework.standardFrameworks().contains(f));
  }
}
