package io.github.dxvn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.units.indriya.AbstractUnit;

/** The code on the README's first screen, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeFirstScreen() {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    Period y2023 = Period.parse("2023");
    Dataset quangTri = Dataset.of(List.of(
        Observation.of("45", IndicatorCode.of("GOV_ONLINE_SERVICES_PARTIAL"), y2023, new BigDecimal("747"), AbstractUnit.ONE),
        Observation.of("45", IndicatorCode.of("GOV_ONLINE_SERVICES_FULL"), y2023, new BigDecimal("959"), AbstractUnit.ONE)));
    DerivedValue full = DerivedValue.compute(quangTri,
        IndicatorCode.of("GOV_ONLINE_SERVICES_FULL_SHARE"), "45", y2023).orElseThrow();
    assertEquals("45/GOV_ONLINE_SERVICES_FULL_SHARE/2023 = 959 / 1706 = 56.21336459554513", full.toString());
    assertEquals(catalog, quangTri.catalog());
  }
}
