package io.github.dxvn.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.IndicatorKind;
import io.github.dxvn.indicator.ValidRange;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core's indicator rules checked with the published generators. */
class IndicatorProperties {

  @Test
  void codesRoundTripThroughText() {
    qt().withExamples(200).forAll(DxvnGens.indicatorCodes()).check(c -> IndicatorCode.parse(c.toString()).equals(c));
  }

  @Test
  void malformedCodesAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.malformedIndicatorCodes()).check(t -> Rejects.asText(() -> IndicatorCode.parse(t)));
  }

  @Test
  void standardCodesAreInTheCatalog() {
    qt().withExamples(200).forAll(DxvnGens.standardIndicatorCodes())
        .check(c -> IndicatorCatalog.standard().contains(c));
  }

  @Test
  void valuesAreWithinRangeWithTheKindsIntegrality() {
    qt().withExamples(200).forAll(DxvnGens.indicatorDefinitions().flatMap(d -> DxvnGens.values(d).map(v -> Map.entry(d, v))))
        .check(e -> e.getKey().validRange().contains(e.getValue())
            && (!e.getKey().kind().isIntegral() || e.getValue().scale() <= 0)
            && e.getValue().equals(DxvnGens.canonical(e.getValue())));
  }

  @Test
  void quantitiesCarryTheDefinitionsUnit() {
    qt().withExamples(200).forAll(DxvnGens.indicatorDefinitions()
            .flatMap(d -> DxvnGens.quantities(d).map(q -> Map.entry(d, q))))
        .check(e -> e.getValue().getUnit().equals(e.getKey().unit())
            && e.getKey().validRange().contains(new BigDecimal(e.getValue().getValue().toString())));
  }

  @Test
  void valuesOutOfRangeAreOutOfRangeOnly() {
    qt().withExamples(200).forAll(DxvnGens.storedIndicatorDefinitions()
            .flatMap(d -> DxvnGens.valuesOutOfRange(d).map(v -> Map.entry(d, v))))
        .check(e -> !e.getKey().validRange().contains(e.getValue())
            && (!e.getKey().kind().isIntegral() || e.getValue().scale() <= 0));
  }

  @Test
  void sharesAreWithinZeroToHundredAndSharesOutOfRangeAreNot() {
    qt().withExamples(200).forAll(DxvnGens.shares()).check(v -> ValidRange.percent().contains(v));
    qt().withExamples(200).forAll(DxvnGens.sharesOutOfRange()).check(v -> !ValidRange.percent().contains(v));
  }

  @Test
  void countsAreWholeAndFractionalCountsAreNot() {
    qt().withExamples(200).forAll(DxvnGens.counts()).check(v -> v.signum() >= 0 && v.scale() <= 0);
    qt().withExamples(200).forAll(DxvnGens.fractionalCounts()).check(v -> v.signum() >= 0 && v.stripTrailingZeros().scale() > 0);
  }

  @Test
  void unitsAndKindsAreThoseOfTheCatalog() {
    qt().withExamples(50).forAll(DxvnGens.units()).check(u -> IndicatorCatalog.standard().definitions()
        .stream().map(IndicatorDefinition::unit).anyMatch(u::equals));
    qt().withExamples(50).forAll(DxvnGens.indicatorKinds()).check(k -> k == IndicatorKind.valueOf(k.name()));
  }
}
