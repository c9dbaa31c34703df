package io.github.dxvn.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.QuangTriSeed;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Quảng Trị's 2023 figures (the seed) against every catalog target measured by a standard indicator. */
class SeedAgainstTargetsTest {

  @Test
  void everyMappedTargetIsAssessed() {
    Dataset seed = Dataset.of(QuangTriSeed.observations());
    Map<String, TargetStatus> statuses = new TreeMap<>();
    for (NationalTarget target : TargetCatalog.standard().targets()) {
      target.indicator().flatMap(code -> seed.find(QuangTriSeed.QUANG_TRI, code, QuangTriSeed.Y2023))
          .ifPresent(observation -> statuses.put(target.id(), target.assess(observation)));
    }
    Map<String, TargetStatus> expected = new TreeMap<>();
    // Fibre 80.51 %: over 80 (749) and reaching 80 (411), but not over the 2023 plan's 85.
    expected.put("749-fibre-households-2025", TargetStatus.MEETS);
    expected.put("411-fibre-households-2025", TargetStatus.MEETS);
    expected.put("plan-2023-fibre-households-2023", TargetStatus.FAILS);
    // Payment accounts "over 65 %": over 50 for sure; 80 by 2030 cannot be told.
    expected.put("749-payment-account-2025", TargetStatus.MEETS);
    expected.put("749-payment-account-2030", TargetStatus.UNKNOWN);
    // Adults with a smartphone 99.53 %.
    expected.put("411-adult-smartphone-2025", TargetStatus.MEETS);
    expected.put("411-adult-smartphone-2030", TargetStatus.MEETS);
    // Digital economy 9.03 % of GRDP (estimated).
    expected.put("749-digital-economy-gdp-2025", TargetStatus.FAILS);
    expected.put("749-digital-economy-gdp-2030", TargetStatus.FAILS);
    expected.put("411-digital-economy-gdp-2025", TargetStatus.FAILS);
    expected.put("411-digital-economy-gdp-2030", TargetStatus.FAILS);
    expected.put("plan-2023-digital-economy-gdp-2023", TargetStatus.FAILS);
    assertEquals(expected, statuses);
  }
}
