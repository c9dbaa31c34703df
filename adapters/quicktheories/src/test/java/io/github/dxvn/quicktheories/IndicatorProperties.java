package io.github.dxvn.quicktheories;

import io.github.dxvn.indicator.AggregationRule;
import java.util.List;
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

  @Test
  void validRangesAreOrderedAndHoldTheirBounds() {
    qt().withExamples(200).forAll(DxvnGens.validRanges()).check(r ->
        r.min().map(r::contains).orElse(true) && r.max().map(r::contains).orElse(true)
            && (r.min().isEmpty() || r.max().isEmpty() || r.min().get().compareTo(r.max().get()) <= 0));
  }

  @Test
  void invertedRangeBoundsAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.invertedRangeBounds())
        .check(b -> Rejects.asArgument(() -> ValidRange.of(b.get(0), b.get(1))));
  }

  @Test
  void aggregationRulesAreWellFormed() {
    qt().withExamples(200).forAll(DxvnGens.aggregationRules()).check(a ->
        (a.method() == AggregationRule.Method.RATIO_OF_SUMS) == !a.numerator().isEmpty()
            && a.numerator().size() == a.numerator().stream().distinct().count());
  }

  @Test
  void customDefinitionsRebuildAndStayOutOfTheStandardCatalogRules() {
    qt().withExamples(200).forAll(DxvnGens.customIndicatorDefinitions()).check(d ->
        IndicatorDefinition.builder().from(d).build().equals(d) && !d.isDerived() && d.partOf().isEmpty());
  }

  @Test
  void customCatalogsRebuildFromTheirDefinitions() {
    qt().withExamples(200).forAll(DxvnGens.indicatorCatalogs())
        .check(c -> IndicatorCatalog.of(c.definitions()).equals(c) && c.size() >= 1);
  }

  @Test
  void invalidDefinitionListsAreRejected() {
    qt().withExamples(200).forAll(DxvnGens.invalidIndicatorDefinitionLists())
        .check(defs -> Rejects.asArgument(() -> IndicatorCatalog.of(defs)));
  }

  @Test
  void enumerationsCoverEveryConstant() {
    qt().withExamples(100).forAll(DxvnGens.areas(), DxvnGens.pillars(), DxvnGens.polarities())
        .check((a, p, o) -> a.nameVi() != null && p.nameEn() != null && o.reversed().reversed() == o);
  }
}
