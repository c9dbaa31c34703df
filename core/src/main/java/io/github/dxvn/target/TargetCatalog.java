package io.github.dxvn.target;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.internal.SimpleCsv;
import io.github.dxvn.legal.DocumentNumber;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.legal.DocumentType;
import io.github.dxvn.legal.Issuer;
import io.github.dxvn.legal.LegalDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * action plan (17/QĐ-UBQGCĐS), kept apart by {@link NationalTarget#document()} (its number and
 * status) and {@link NationalTarget#documentKind()}: 47 targets from the 32 rows of the research notes
 * ({@code national-targets.csv} next to this class). Three source cells hold no number ("universal
 * fibre broadband" by 2030, "universal" 4G/5G and smartphones by 2025 and "universal 5G" by 2030) and
 * are left out; {@link #omitted()} gives them with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetCatalog {

  private static final String RESOURCE = "national-targets.csv";
  private static final String DOCUMENTS = "target-documents.csv";
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
      catalog = load(TargetCatalog.class, RESOURCE, DOCUMENTS);
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

  /** Loads a catalog from resources next to an anchor class (tests use bad ones). */
  static TargetCatalog load(Class<?> anchor, String resource, String documentResource) {
    List<String> problems = new ArrayList<>();
    Map<String, Source> documents = new LinkedHashMap<>();
    SimpleCsv documentCsv = SimpleCsv.readResource(anchor, documentResource);
    for (SimpleCsv.Row row : documentCsv.rows()) {
      try {
        documents.put(row.require("key"), document(row));
      } catch (RuntimeException e) {
        problems.add(located(documentCsv, row, e));
      }
    }
    SimpleCsv csv = SimpleCsv.readResource(anchor, resource);
    List<NationalTarget> targets = new ArrayList<>();
    for (SimpleCsv.Row row : csv.rows()) {
      try {
        targets.add(parse(row, documents));
      } catch (RuntimeException e) {
        problems.add(located(csv, row, e));
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

  /** Prefixes a row's problem with its file and line, unless the row already did. */
  private static String located(SimpleCsv csv, SimpleCsv.Row row, RuntimeException e) {
    String prefix = csv.name() + ":" + row.line() + ": ";
    return e.getMessage().startsWith(prefix) ? e.getMessage() : prefix + e.getMessage();
  }

  /** A document and its kind, as read from the documents file. */
  private static final class Source {
    final LegalDocument document;
    final DocumentKind kind;

    Source(LegalDocument document, DocumentKind kind) {
      this.document = document;
      this.kind = kind;
    }
  }

  private static Source document(SimpleCsv.Row row) {
    LegalDocument.Builder document = LegalDocument.builder()
        .status(DocumentStatus.valueOf(row.require("status")))
        .titleVi(row.require("title_vi"))
        .titleEn(row.require("title_en"));
    if (!row.get("number").isEmpty()) {
      document.number(DocumentNumber.parse(row.get("number")));
    }
    if (!row.get("signing_date").isEmpty()) {
      document.signingDate(LocalDate.parse(row.get("signing_date")));
    }
    if (!row.get("type").isEmpty()) {
      document.type(DocumentType.valueOf(row.get("type")));
    }
    if (!row.get("issuer").isEmpty()) {
      document.issuer(Issuer.of(row.get("issuer")));
    }
    row.require("source_url");
    return new Source(document.build(), DocumentKind.valueOf(row.require("kind")));
  }

  private static NationalTarget parse(SimpleCsv.Row row, Map<String, Source> documents) {
    String key = row.require("document");
    Source source = documents.get(key);
    if (source == null) {
      throw row.error("unknown document " + key);
    }
    NationalTarget.Builder builder = NationalTarget.builder()
        .id(row.require("id"))
        .document(source.document)
        .documentKind(source.kind)
        .pillar(Pillar.valueOf(row.require("pillar")))
        .descriptionVi(row.require("description_vi"))
        .descriptionEn(row.require("description_en"))
        .deadlineYear(Integer.parseInt(row.require("deadline")))
        .comparator(TargetComparator.ofSymbol(row.require("comparator")))
        .value(new BigDecimal(row.require("value")))
        .unit(UnitText.parse(row.require("unit")))
        .sourceUrl(row.require("source_url"));
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
