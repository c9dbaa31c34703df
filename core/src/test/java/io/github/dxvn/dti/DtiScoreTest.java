package io.github.dxvn.dti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link DtiScore#of}: a stored score is recomputed through the shipped framework. */
class DtiScoreTest {

  private static final BigDecimal DA_NANG_TOTAL = new BigDecimal("0.800175");

  @Test
  void rebuildsDaNang2022() {
    DtiScore score = DtiScore.of("dti-922", DtiFrameworkTest.daNang2022(), DA_NANG_TOTAL);
    assertEquals(DtiFrameworkTest.DTI_922.score(DtiFrameworkTest.daNang2022()), score);
    assertEquals(new BigDecimal("0.8002"), score.publishedTotal());
    assertEquals(Optional.of(new BigDecimal("800.175")), score.points());
  }

  @Test
  void totalIsComparedByValue() {
    assertEquals(DA_NANG_TOTAL, DtiScore.of("dti-922", DtiFrameworkTest.daNang2022(), new BigDecimal("0.80017500"))
        .total());
    assertEquals(new BigDecimal("0.24931"),
        DtiScore.of("dti-1726", DtiFrameworkTest.quangTri2020(), new BigDecimal("0.249310")).total());
  }

  @Test
  void aTotalThatDisagreesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DtiScore.of("dti-922", DtiFrameworkTest.daNang2022(), new BigDecimal("0.8002")));
    assertEquals("Invalid value for total of dti-922 (valid values the total of the values, 0.800175): 0.8002",
        e.getMessage());
  }

  @Test
  void onlyShippedScorableFrameworks() {
    assertEquals("Invalid value for framework (valid values dti-1726, dti-922): dti-405",
        assertThrows(IllegalArgumentException.class,
            () -> DtiScore.of("dti-405", DtiFrameworkTest.daNang2022(), DA_NANG_TOTAL)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> DtiScore.of("dti-2099", Map.of(), BigDecimal.ZERO));
  }

  @Test
  void valuesAreCheckedByTheFramework() {
    Map<IndicatorCode, BigDecimal> values = new LinkedHashMap<>(DtiFrameworkTest.daNang2022());
    values.remove(IndicatorCode.of("DTI_AWARENESS"));
    assertThrows(IllegalArgumentException.class, () -> DtiScore.of("dti-922", values, DA_NANG_TOTAL));
    values.put(IndicatorCode.of("DTI_AWARENESS"), new BigDecimal("1.5"));
    assertThrows(IllegalArgumentException.class, () -> DtiScore.of("dti-922", values, DA_NANG_TOTAL));
    // the 922 values under 1726
    assertThrows(IllegalArgumentException.class,
        () -> DtiScore.of("dti-1726", DtiFrameworkTest.daNang2022(), DA_NANG_TOTAL));
  }

  @Test
  void nulls() {
    Map<IndicatorCode, BigDecimal> values = DtiFrameworkTest.daNang2022();
    assertEquals("framework", assertThrows(NullPointerException.class,
        () -> DtiScore.of(null, values, DA_NANG_TOTAL)).getMessage());
    assertEquals("values", assertThrows(NullPointerException.class,
        () -> DtiScore.of("dti-922", null, DA_NANG_TOTAL)).getMessage());
    assertEquals("total", assertThrows(NullPointerException.class,
        () -> DtiScore.of("dti-922", values, null)).getMessage());
  }

  /** Values of a shipped scorable framework, on 0-1 with up to 4 decimals. */
  static Gen<DtiScore> scores() {
    Gen<BigDecimal> value = SourceDSL.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 4));
    return SourceDSL.arbitrary().pick(List.of("dti-922", "dti-1726")).flatMap(name -> {
      DtiFramework f = DtiFramework.standard(name);
      List<IndicatorCode> inputs = f.inputs();
      return SourceDSL.lists().of(value).ofSize(inputs.size()).map(vs -> {
        Map<IndicatorCode, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
          values.put(inputs.get(i), vs.get(i));
        }
        return f.score(values);
      });
    });
  }

  @Test
  void everyScoreIsRebuiltFromItsValuesAndTotal() {
    qt().forAll(scores()).checkAssert(s -> assertEquals(s, DtiScore.of(s.framework(), s.values(), s.total())));
  }

  @Test
  void everyOtherTotalIsRefused() {
    qt().forAll(scores(), SourceDSL.integers().between(1, 1000)).checkAssert((s, d) -> {
      BigDecimal other = s.total().add(BigDecimal.valueOf(d, 7));
      assertTrue(assertThrows(IllegalArgumentException.class, () -> DtiScore.of(s.framework(), s.values(), other))
          .getMessage().startsWith("Invalid value for total"));
    });
  }
}
