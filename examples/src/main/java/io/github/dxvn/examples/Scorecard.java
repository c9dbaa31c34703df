package io.github.dxvn.examples;

import io.github.dxvn.admin.AdminUnit;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.Provinces;
import io.github.dxvn.indicator.Area;
import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.legal.DocumentStatus;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.DerivedValue;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.TargetStatus;
import io.github.dxvn.text.VietnameseNumberFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A bilingual digital transformation scorecard of one unit in one period: every figure of the
 * dataset and every derived indicator, grouped by the catalog's areas and pillars, and the figures'
 * progress toward the national targets of 749/QĐ-TTg and 411/QĐ-TTg.
 *
 * <pre>{@code
 * Dataset seed = SeedData.quangTri2023();
 * Scorecard card = Scorecard.of(seed, "45", Period.ofYear(2023), TargetCatalog.standard());
 * System.out.print(card.toText(Language.VI));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scorecard {

  /** Decimal places shown for derived values, which are quotients. */
  private static final int DERIVED_DECIMALS = 2;
  private static final VietnameseNumberFormat VI_NUMBERS = VietnameseNumberFormat.strict();

  /** A figure of the scorecard. */
  record Line(IndicatorDefinition definition, Observation observation, boolean derived) {}

  /** A figure measured against a national target. */
  record Progress(NationalTarget target, Observation observation, TargetStatus status, BigDecimal share) {}

  private final String unitCode;
  private final Period period;
  private final Map<Area, List<Line>> lines;
  private final Map<Pillar, List<Progress>> progress;
  private final Set<String> sources;

  private Scorecard(String unitCode, Period period, Map<Area, List<Line>> lines,
      Map<Pillar, List<Progress>> progress, Set<String> sources) {
    this.unitCode = unitCode;
    this.period = period;
    this.lines = lines;
    this.progress = progress;
    this.sources = sources;
  }

  /**
   * Builds the scorecard of one unit and period.
   *
   * @param dataset  the dataset, not null
   * @param unitCode  the unit, not null
   * @param period  the period, not null
   * @param targets  the national targets, not null
   * @return the scorecard, not null
   * @throws IllegalArgumentException if the dataset has no observation of the unit in the period
   */
  public static Scorecard of(Dataset dataset, String unitCode, Period period, TargetCatalog targets) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(targets, "targets");
    List<Observation> stored = dataset.observations(
        o -> o.unitCode().equals(unitCode) && o.period().equals(period));
    if (stored.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for unit and period (valid values those of the "
          + "dataset " + dataset.unitCodes() + " " + dataset.periods() + "): " + unitCode + " " + period);
    }
    Map<Area, List<Line>> lines = new EnumMap<>(Area.class);
    Set<String> sources = new LinkedHashSet<>();
    List<Observation> all = new ArrayList<>();
    for (Observation o : stored) {
      dataset.catalog().find(o.indicator()).ifPresent(d -> {
        lines.computeIfAbsent(d.area(), a -> new ArrayList<>()).add(new Line(d, o, false));
        all.add(o);
      });
      o.source().ifPresent(sources::add);
    }
    for (DerivedValue v : DerivedValue.computeAll(dataset)) {
      if (v.unitCode().equals(unitCode) && v.period().equals(period)) {
        Observation o = v.toObservation();
        lines.computeIfAbsent(v.definition().area(), a -> new ArrayList<>()).add(new Line(v.definition(), o, true));
        all.add(o);
      }
    }
    Map<Pillar, List<Progress>> progress = new EnumMap<>(Pillar.class);
    for (Observation o : all) {
      for (NationalTarget t : targets.targets(o.indicator())) {
        if (!isNationalDecision(t) || t.comparator() == TargetComparator.TOP || !t.unit().equals(o.unit())) {
          continue;
        }
        BigDecimal share = t.progress(BigDecimal.ZERO, o.value());
        progress.computeIfAbsent(t.pillar(), p -> new ArrayList<>()).add(new Progress(t, o, t.assess(o), share));
      }
    }
    return new Scorecard(unitCode, period, lines, progress, sources);
  }

  /**
   * Builds one scorecard for each unit and period of a dataset.
   *
   * @param dataset  the dataset, not null
   * @param targets  the national targets, not null
   * @return the scorecards, by unit then period, not null
   */
  public static List<Scorecard> allOf(Dataset dataset, TargetCatalog targets) {
    Objects.requireNonNull(dataset, "dataset");
    List<Scorecard> cards = new ArrayList<>();
    for (String unit : dataset.unitCodes()) {
      for (Period period : dataset.periods()) {
        if (!dataset.observations(o -> o.unitCode().equals(unit) && o.period().equals(period)).isEmpty()) {
          cards.add(of(dataset, unit, period, targets));
        }
      }
    }
    return cards;
  }

  // The 749 programme and the 411 strategy, as issued; drafts and annual plans are not national targets.
  private static boolean isNationalDecision(NationalTarget t) {
    return t.document().status() == DocumentStatus.ISSUED && t.document().number()
        .filter(n -> n.number() == 749 || n.number() == 411).isPresent();
  }

  /**
   * Returns the unit's code.
   *
   * @return the code, not null
   */
  public String unitCode() {
    return unitCode;
  }

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the number of figures shown, stored and derived.
   *
   * @return the count
   */
  public int figureCount() {
    return lines.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Returns how each figure with a national target stands against it, by target id.
   *
   * @return the assessments, in pillar order, not null
   */
  public Map<String, TargetStatus> assessments() {
    Map<String, TargetStatus> out = new java.util.LinkedHashMap<>();
    progress.values().forEach(list -> list.forEach(p -> out.put(p.target().id(), p.status())));
    return out;
  }

  /**
   * Returns the unit's name, from the provinces before the 2025 reorganisation when the code is one,
   * else the code.
   *
   * @return the name, not null
   */
  public String unitName() {
    try {
      return Provinces.resolve(AdminUnitCode.parse(unitCode), period.startDate()).map(AdminUnit::name)
          .orElse(unitCode);
    } catch (IllegalArgumentException notAProvinceCode) {
      return unitCode;
    }
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * Renders the scorecard as plain text.
   *
   * @param language  the language, not null
   * @return the text, lines ending in a newline, not null
   */
  public String toText(Language language) {
    Objects.requireNonNull(language, "language");
    StringBuilder out = new StringBuilder();
    out.append(title(language)).append('\n');
    for (Map.Entry<Area, List<Line>> e : lines.entrySet()) {
      out.append('\n').append(areaHeading(e.getKey(), language)).append('\n');
      for (Line line : e.getValue()) {
        out.append(String.format("  %-36s %-14s %s%n", line.definition().code(),
            valueText(line.observation(), line.derived(), language), describe(line, language)));
      }
    }
    out.append('\n').append(language.pick("Tiến độ so với mục tiêu quốc gia (749/QĐ-TTg, 411/QĐ-TTg)",
        "Progress toward the national targets (749/QĐ-TTg, 411/QĐ-TTg)")).append('\n');
    for (Map.Entry<Pillar, List<Progress>> e : progress.entrySet()) {
      out.append("  ").append(language.pick(e.getKey().nameVi(), e.getKey().nameEn())).append('\n');
      for (Progress p : e.getValue()) {
        out.append(String.format("    %-36s %-9s %-24s %-14s %s%n", p.observation().indicator(),
            valueText(p.observation(), false, language), targetText(p.target(), language),
            statusText(p.status(), language), shareText(p, language)));
      }
    }
    out.append('\n').append(language.pick("Nguồn: ", "Sources: "));
    out.append(sources.isEmpty() ? "-" : String.join("; ", sources)).append('\n');
    return out.toString();
  }

  String title(Language language) {
    return language.pick("Thẻ điểm chuyển đổi số: " + unitName() + " (mã " + unitCode + "), năm " + period,
        "Digital transformation scorecard: " + unitName() + " (code " + unitCode + "), " + period);
  }

  static String areaHeading(Area area, Language language) {
    String kind = area.pillar().isPresent() ? language.pick("trụ cột", "pillar") : language.pick("nền tảng", "foundation");
    return "== " + language.pick(area.nameVi(), area.nameEn()) + " (" + kind + ")";
  }

  static String describe(Line line, Language language) {
    StringBuilder s = new StringBuilder(language.pick(line.definition().nameVi(), line.definition().nameEn()));
    List<String> notes = new ArrayList<>();
    Observation o = line.observation();
    if (line.derived()) {
      notes.add(language.pick("tính từ số liệu", "derived"));
    }
    if (o.status() != ObservationStatus.NORMAL) {
      notes.add(language.pick(o.status().nameVi(), o.status().nameEn()).toLowerCase(Locale.ROOT));
    }
    o.rank().ifPresent(r -> notes.add(rankText(r, language)));
    if (!notes.isEmpty()) {
      s.append(" [").append(String.join("; ", notes)).append(']');
    }
    return s.toString();
  }

  static String rankText(RankPosition r, Language language) {
    String of = r.of().isPresent() ? "/" + r.of().getAsInt() : "";
    String group = r.group().map(g -> g.equals("national") ? language.pick(" cả nước", " nationally")
        : language.pick(" trong ", " in ") + g).orElse("");
    return language.pick("hạng ", "rank ") + r.rank() + of + group;
  }

  /**
   * Formats a number in a language: {@code 4.327} and {@code 99,53} in Vietnamese, {@code 4,327} and
   * {@code 99.53} in English.
   *
   * @param value  the value, not null
   * @param language  the language, not null
   * @return the text, not null
   */
  public static String number(BigDecimal value, Language language) {
    if (language == Language.VI) {
      return VI_NUMBERS.format(value);
    }
    DecimalFormat english = new DecimalFormat("#,##0.################", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return english.format(value);
  }

  static String valueText(Observation o, boolean derived, Language language) {
    BigDecimal v = derived ? o.value().setScale(DERIVED_DECIMALS, RoundingMode.HALF_EVEN) : o.value();
    String comparison = o.comparison() == Comparison.EQUAL ? "" : o.comparison().symbol() + " ";
    String unit = UnitText.format(o.unit());
    return comparison + number(v, language) + (unit.equals("%") ? " %" : "");
  }

  static String targetText(NationalTarget t, Language language) {
    String unit = UnitText.format(t.unit());
    return t.comparator().symbol() + " " + number(t.value(), language) + (unit.equals("%") ? " %" : "")
        + language.pick(" năm ", " by ") + t.deadlineYear() + " (" + t.document().number().map(Object::toString).orElse(t.id()) + ")";
  }

  static String statusText(TargetStatus status, Language language) {
    switch (status) {
      case MEETS:
        return language.pick("đạt", "met");
      case FAILS:
        return language.pick("chưa đạt", "not yet met");
      default:
        return language.pick("chưa rõ", "unknown");
    }
  }

  static String shareText(Progress p, Language language) {
    BigDecimal percent = p.share().movePointRight(2).setScale(0, RoundingMode.HALF_EVEN);
    Comparison c = p.observation().comparison();
    String text = (c == Comparison.EQUAL ? "" : c.symbol() + " ") + number(percent, language) + " %";
    return text + language.pick(" mục tiêu", " of target");
  }

  // package-private views for the HTML page
  Map<Area, List<Line>> lines() {
    return lines;
  }

  Map<Pillar, List<Progress>> progress() {
    return progress;
  }

  Set<String> sources() {
    return sources;
  }

  /**
   * Renders the scorecard as a self-contained HTML page with an inline SVG chart of the progress of
   * each figure toward its national targets, grouped by pillar.
   *
   * @param language  the language, not null
   * @return the page, not null
   */
  public String toHtml(Language language) {
    return ScorecardPage.render(this, Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the title line of the scorecard in English.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return title(Language.EN);
  }
}
