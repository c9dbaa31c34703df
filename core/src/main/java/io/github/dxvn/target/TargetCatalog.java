package io.github.dxvn.target;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.internal.SimpleCsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of national targets, looked up by identifier or indicator.
 *
 * <p>{@link #standard()} holds the targets of 749/QĐ-TTg (national digital transformation programme,
 * 2020) and 411/QĐ-TTg (national strategy for the digital economy and society, 2022), with one target
 * of the strategy's 2021 draft and four of the National Committee on Digital Transformation's 2023
 * action plan, kept apart by {@link NationalTarget#documentKind()} and
 * {@link NationalTarget#documentStatus()}: 47 targets from the 32 rows of the research notes
 * ({@code national-targets.csv} next to this class). Three source cells hold no number ("universal
 * fibre broadband" by 2030, "universal" 4G/5G and smartphones by 2025 and "universal 5G" by 2030) and
 * are left out; {@link #omitted()} gives them with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetCatalog {

  private static final String RESOURCE = "national-targets.csv";
  private static final String OMITTED = "omitted:";

  private static volatile TargetCatalog standard;

  private final Map<String, NationalTarget> byId;
  private final List<String> omitted;

  private TargetCatalog(Map<String, NationalTarget> byId, List<String> omitted) {
    this.byId = byId;
    this.omitted = omitted;
  }

  /**
   * Returns the shipped catalog of national targets.
   *
   * @return the catalog, not null
   * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
   */
  public static TargetCatalog standard() {
    TargetCatalog catalog = standard;
    if (catalog == null) {
      catalog = load(TargetCatalog.class, RESOURCE);
      standard = catalog;
    }
    return catalog;
  }

  /**
   * Obtains a catalog of the given targets.
   *
   * @param targets  the targets, not null, no null element
   * @return the catalog, in the given order, not null
   * @throws IllegalArgumentException if two targets share an identifier
   */
  public static TargetCatalog of(Collection<NationalTarget> targets) {
    Objects.requireNonNull(targets, "targets");
    Map<String, NationalTarget> byId = new LinkedHashMap<>();
    for (NationalTarget target : targets) {
      Objects.requireNonNull(target, "target");
      if (byId.putIfAbsent(target.id(), target) != null) {
        throw new IllegalArgumentException(
            "Invalid value for targets (valid values distinct identifiers): duplicate " + target.id());
      }
    }
    return new TargetCatalog(byId, List.of());
  }

  /** Loads a catalog from a resource next to an anchor class (tests use bad ones). */
  static TargetCatalog load(Class<?> anchor, String resource) {
    SimpleCsv csv = SimpleCsv.readResource(anchor, resource);
    List<NationalTarget> targets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (SimpleCsv.Row row : csv.rows()) {
      try {
        targets.add(parse(row));
      } catch (RuntimeException e) {
        problems.add(e instanceof IllegalStateException ? e.getMessage()
            : csv.name() + ":" + row.line() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    List<String> omitted = new ArrayList<>();
    for (String comment : csv.comments()) {
      if (comment.startsWith(OMITTED)) {
        omitted.add(comment.substring(OMITTED.length()).trim());
      }
    }
    TargetCatalog catalog = of(targets);
    return new TargetCatalog(catalog.byId, List.copyOf(omitted));
  }

  private static NationalTarget parse(SimpleCsv.Row row) {
    NationalTarget.Builder builder = NationalTarget.builder()
        .id(row.require("id"))
        .documentKind(DocumentKind.valueOf(row.require("document_kind")))
        .documentStatus(DocumentStatus.valueOf(row.require("document_status")))
        .documentTitle(row.require("document_title"))
        .pillar(Pillar.valueOf(row.require("pillar")))
        .descriptionVi(row.require("description_vi"))
        .descriptionEn(row.require("description_en"))
        .deadlineYear(Integer.parseInt(row.require("deadline")))
        .comparator(TargetComparator.ofSymbol(row.require("comparator")))
        .value(new BigDecimal(row.require("value")))
        .unit(UnitText.parse(row.require("unit")))
        .sourceUrl(row.require("source_url"));
    String number = row.get("document_number");
    if (!number.isEmpty()) {
      builder.documentNumber(number);
    }
    String indicator = row.get("indicator");
    if (!indicator.isEmpty()) {
      builder.indicator(IndicatorCode.of(indicator));
    }
    String note = row.get("note");
    if (!note.isEmpty()) {
      builder.note(note);
    }
    return builder.build();
  }

  /**
   * Returns every target, in catalog order.
   *
   * @return the targets, not null
   */
  public List<NationalTarget> targets() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the targets measured by an indicator.
   *
   * @param indicator  the indicator, not null
   * @return the targets, in catalog order, possibly empty, not null
   */
  public List<NationalTarget> targets(IndicatorCode indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return byId.values().stream().filter(t -> t.indicator().equals(Optional.of(indicator))).toList();
  }

  /**
   * Finds a target by identifier.
   *
   * @param id  the identifier, not null
   * @return the target, or empty
   */
  public Optional<NationalTarget> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns a target by identifier.
   *
   * @param id  the identifier, not null
   * @return the target, not null
   * @throws IllegalArgumentException if there is no such target
   */
  public NationalTarget get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "Invalid value for id (valid values the catalog's target identifiers): " + id));
  }

  /**
   * Returns the source cells left out of the catalog, each with the reason.
   *
   * @return one line per omitted cell, empty for a catalog built with {@link #of(Collection)}, not null
   */
  public List<String> omitted() {
    return omitted;
  }

  /**
   * Returns the number of targets.
   *
   * @return the size
   */
  public int size() {
    return byId.size();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TargetCatalog && ((TargetCatalog) obj).byId.equals(byId)
        && ((TargetCatalog) obj).omitted.equals(omitted);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  @Override
  public String toString() {
    return "TargetCatalog[" + byId.size() + " targets]";
  }
}
