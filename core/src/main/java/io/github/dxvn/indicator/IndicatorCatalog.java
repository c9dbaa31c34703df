package io.github.dxvn.indicator;

import io.github.dxvn.internal.SimpleCsv;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of indicator definitions, looked up by code.
 *
 * <p>A catalog is closed under its references: every numerator, denominator and whole that a
 * definition names is defined in the same catalog. {@link #standard()} is the catalog shipped with
 * dxvn (the resource {@code standard-catalog.csv}): every indicator of the Quảng Trị seed, the
 * counts that its shares are ratios of, the derived indicators, and the DTI main indicators.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorCatalog {

  private static final String STANDARD_RESOURCE = "standard-catalog.csv";

  /** Loaded on first use, once: the holder idiom keeps class loading lazy and thread-safe. */
  private static final class Standard {
    static final IndicatorCatalog INSTANCE = load();
  }

  private final Map<IndicatorCode, IndicatorDefinition> definitions;

  private IndicatorCatalog(Map<IndicatorCode, IndicatorDefinition> definitions) {
    this.definitions = definitions;
  }

  /**
   * Returns the standard catalog shipped with dxvn.
   *
   * @return the standard catalog, not null
   */
  public static IndicatorCatalog standard() {
    return Standard.INSTANCE;
  }

  /**
   * Obtains a catalog of the given definitions.
   *
   * @param definitions  the definitions, not null, codes unique
   * @return the catalog, in the given order, not null
   * @throws IllegalArgumentException if two definitions share a code, or a definition refers to an
   *     indicator not in the catalog
   */
  public static IndicatorCatalog of(Collection<IndicatorDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    Map<IndicatorCode, IndicatorDefinition> map = new LinkedHashMap<>();
    for (IndicatorDefinition definition : definitions) {
      Objects.requireNonNull(definition, "definition");
      if (map.put(definition.code(), definition) != null) {
        throw new IllegalArgumentException(
            "Invalid value for definitions (valid values unique codes): " + definition.code() + " twice");
      }
    }
    for (IndicatorDefinition definition : map.values()) {
      List<IndicatorCode> references = new ArrayList<>(definition.aggregation().numerator());
      references.addAll(definition.aggregation().denominator());
      definition.partOf().ifPresent(references::add);
      for (IndicatorCode reference : references) {
        if (!map.containsKey(reference)) {
          throw new IllegalArgumentException(
              "Invalid value for definitions (valid values every referenced code defined): "
                  + definition.code() + " refers to " + reference);
        }
      }
    }
    return new IndicatorCatalog(Collections.unmodifiableMap(map));
  }

  /**
   * Returns a catalog with the definitions of this one and more; the added ones win on equal codes.
   * The added definitions may refer to this catalog's indicators.
   *
   * @param more  the definitions to add, not null
   * @return the combined catalog, not null
   * @throws IllegalArgumentException if the result refers to an undefined indicator
   */
  public IndicatorCatalog plus(Collection<IndicatorDefinition> more) {
    Map<IndicatorCode, IndicatorDefinition> map = new LinkedHashMap<>(definitions);
    for (IndicatorDefinition definition : Objects.requireNonNull(more, "more")) {
      map.put(definition.code(), definition);
    }
    return of(map.values());
  }

  /**
   * Finds a definition.
   *
   * @param code  the code, not null
   * @return the definition, or empty if the catalog has none for the code
   */
  public Optional<IndicatorDefinition> find(IndicatorCode code) {
    return Optional.ofNullable(definitions.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns a definition that must exist.
   *
   * @param code  the code, not null
   * @return the definition, not null
   * @throws NoSuchElementException if the catalog has no definition for the code
   */
  public IndicatorDefinition get(IndicatorCode code) {
    return find(code).orElseThrow(
        () -> new NoSuchElementException("No indicator " + code + " in the catalog"));
  }

  /**
   * Returns a definition that must exist, by code text.
   *
   * @param code  the code text, not null
   * @return the definition, not null
   * @throws NoSuchElementException if the catalog has no definition for the code
   * @throws io.github.dxvn.text.TextParseException if the text is not a valid code
   */
  public IndicatorDefinition get(String code) {
    return get(IndicatorCode.parse(code));
  }

  /**
   * Tells whether the catalog defines a code.
   *
   * @param code  the code, not null
   * @return true if defined
   */
  public boolean contains(IndicatorCode code) {
    return definitions.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns every definition, in catalog order.
   *
   * @return the definitions, unmodifiable, not null
   */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /**
   * Returns the definitions of one area, in catalog order.
   *
   * @param area  the area, not null
   * @return the definitions, unmodifiable, not null
   */
  public List<IndicatorDefinition> definitions(Area area) {
    Objects.requireNonNull(area, "area");
    return definitions.values().stream().filter(d -> d.area() == area).toList();
  }

  /**
   * Returns the number of definitions.
   *
   * @return the size
   */
  public int size() {
    return definitions.size();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorCatalog && ((IndicatorCatalog) obj).definitions.equals(definitions);
  }

  @Override
  public int hashCode() {
    return definitions.hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorCatalog" + definitions.keySet();
  }

  private static IndicatorCatalog load() {
    SimpleCsv csv = SimpleCsv.readResource(IndicatorCatalog.class, STANDARD_RESOURCE);
    Map<String, String> sources = new HashMap<>();
    for (String comment : csv.comments()) {
      if (comment.startsWith("source ")) {
        int colon = comment.indexOf(':');
        sources.put(comment.substring("source ".length(), colon).trim(), comment.substring(colon + 1).trim());
      }
    }
    List<IndicatorDefinition> definitions = new ArrayList<>();
    for (SimpleCsv.Row row : csv.rows()) {
      try {
        definitions.add(definition(row, sources));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return of(definitions);
  }

  private static IndicatorDefinition definition(SimpleCsv.Row row, Map<String, String> sources) {
    String sourceKey = row.require("source");
    String source = sources.get(sourceKey);
    if (source == null) {
      throw row.error("unknown source " + sourceKey);
    }
    IndicatorDefinition.Builder builder = IndicatorDefinition.builder()
        .code(IndicatorCode.parse(row.require("code")))
        .area(Area.valueOf(row.require("area")))
        .kind(IndicatorKind.valueOf(row.require("kind")))
        .unit(UnitText.parse(row.get("unit")))
        .nameVi(Normalizer.normalize(row.require("name_vi"), Normalizer.Form.NFC))
        .nameEn(row.require("name_en"))
        .source(source)
        .isDerived(row.get("derived").equals("yes"));
    if (!row.get("polarity").isEmpty()) {
      builder.polarity(Polarity.valueOf(row.get("polarity")));
    }
    if (!row.get("min").isEmpty() || !row.get("max").isEmpty()) {
      builder.validRange(ValidRange.of(decimal(row.get("min")), decimal(row.get("max"))));
    }
    String aggregation = row.get("aggregation");
    if (!aggregation.isEmpty()) {
      AggregationRule.Method method = AggregationRule.Method.valueOf(aggregation);
      builder.aggregation(
          method == AggregationRule.Method.RATIO_OF_SUMS
              ? AggregationRule.ratioOfSums(codes(row.require("numerator")), codes(row.require("denominator")))
              : method == AggregationRule.Method.SUM
                  ? AggregationRule.sum()
                  : method == AggregationRule.Method.UNWEIGHTED_MEAN
                      ? AggregationRule.unweightedMean()
                      : AggregationRule.notAggregatable());
    }
    if (!row.get("part_of").isEmpty()) {
      builder.partOf(IndicatorCode.parse(row.get("part_of")));
    }
    if (!row.get("counted_entity").isEmpty()) {
      builder.countedEntity(row.get("counted_entity"));
    }
    return builder.build();
  }

  private static Optional<BigDecimal> decimal(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
  }

  private static List<IndicatorCode> codes(String text) {
    List<IndicatorCode> codes = new ArrayList<>();
    for (String code : text.split("\\+")) {
      codes.add(IndicatorCode.parse(code.trim()));
    }
    return codes;
  }
}
