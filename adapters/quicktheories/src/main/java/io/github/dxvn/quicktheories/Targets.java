package io.github.dxvn.quicktheories;

import io.github.dxvn.indicator.IndicatorDefinition;
import io.github.dxvn.indicator.Pillar;
import io.github.dxvn.target.DocumentKind;
import io.github.dxvn.target.NationalTarget;
import io.github.dxvn.target.TargetCatalog;
import io.github.dxvn.target.TargetComparator;
import io.github.dxvn.target.Trajectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tech.units.indriya.AbstractUnit;

/** National targets, target catalogs and trajectories, valid or breaking one rule. */
final class Targets {

  private Targets() {}

  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** Identifiers: one to three lower-case words joined by single hyphens. */
  static Gen<String> ids() {
    return Generate.range(1, 3, 1).flatMap(n -> Sources.sequence(
        java.util.Collections.nCopies(n, Sources.word(ID_CHARS, 1, 8))).map(w -> String.join("-", w)));
  }

  static Gen<String> malformedIds() {
    Gen<String> id = ids();
    return Generate.oneOf(
        Generate.constant(""),
        id.map(i -> "-" + i),
        id.map(i -> i + "-"),
        id.map(i -> i + "--x"),
        id.zip(Generate.pick(List.of("A", " ", "_", ".", "đ", "/")), Generate.range(0, 24, 0),
            (i, c, at) -> i.substring(0, Math.min(at, i.length())) + c + i.substring(Math.min(at, i.length()))));
  }

  /**
   * What a target measures: a definition of the standard catalog (none for a top-N rank), whether
   * the target names it, the comparator and a value the definition accepts.
   */
  private record Measure(Optional<IndicatorDefinition> definition, boolean named, TargetComparator comparator,
      BigDecimal value) {}

  private static Gen<Measure> measures() {
    Gen<Measure> ranked = Generate.range(1, 100, 1)
        .map(n -> new Measure(Optional.empty(), false, TargetComparator.TOP, BigDecimal.valueOf(n)));
    Gen<Measure> onIndicator = DxvnGens.storedIndicatorDefinitions()
        .flatMap(d -> DxvnGens.values(d).map(v -> v.abs()).zip(Sources.oneIn(4),
            Generate.pick(List.of(TargetComparator.REACH, TargetComparator.GREATER, TargetComparator.AT_LEAST)),
            (v, free, c) -> new Measure(Optional.of(d), !free, c,
                d.validRange().contains(v) ? v : d.validRange().min().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO))));
    return Generate.oneOf(onIndicator, ranked);
  }

  static Gen<NationalTarget.Builder> builders() {
    Gen<NationalTarget.Builder> described = ids().zip(Sources.vietnameseNames(), Generate.enumValues(Pillar.class),
        Generate.range(2000, 2100, 2025), (id, name, pillar, year) -> NationalTarget.builder().id(id)
            .descriptionVi("Mục tiêu " + name).descriptionEn("Target for " + id).pillar(pillar).deadlineYear(year));
    return described.zip(measures(), DxvnGens.issuedLegalDocuments(), Generate.enumValues(DocumentKind.class),
        Sources.sometimes(DxvnGens.freeTexts(), 3), (b, m, doc, kind, note) -> {
          m.definition().filter(d -> m.named()).ifPresent(d -> b.indicator(d.code()));
          b.unit(m.definition().<javax.measure.Unit<?>>map(IndicatorDefinition::unit).orElse(AbstractUnit.ONE));
          note.ifPresent(b::note);
          return b.comparator(m.comparator()).value(m.value()).document(doc).documentKind(kind)
              .sourceUrl("https://vanban.chinhphu.vn/?doc=" + doc.number().map(Object::toString).orElse("draft"));
        });
  }

  static Gen<NationalTarget> targets() {
    return builders().map(NationalTarget.Builder::build);
  }

  private static NationalTarget.Builder described(String rule, NationalTarget from) {
    NationalTarget.Builder b = new NationalTarget.Builder() {
      @Override
      public String toString() {
        return "NationalTarget.Builder breaking " + rule + ", from " + from;
      }
    };
    b.from(from);
    return b;
  }

  static Gen<NationalTarget.Builder> invalidBuilders() {
    Gen<NationalTarget> valid = targets();
    return Generate.oneOf(
        valid.zip(malformedIds(), (t, id) -> described("id of lower-case words and single hyphens", t).id(id)),
        valid.map(t -> described("descriptionVi not blank", t).descriptionVi(" ")),
        valid.map(t -> described("descriptionEn not blank", t).descriptionEn("")),
        valid.map(t -> described("sourceUrl not blank", t).sourceUrl("\t")),
        valid.zip(Generate.oneOf(Generate.range(1000, 1999, 1999), Generate.range(2101, 9999, 2101)),
            (t, y) -> described("deadline from 2000 to 2100", t).deadlineYear(y)),
        valid.zip(Generate.range(1, 100_000, 1), (t, k) -> described("value 0 or more", t)
            .value(BigDecimal.valueOf(-k, 2))),
        valid.zip(Generate.range(0, 1000, 0), Generate.range(1, 99, 5), (t, whole, frac) ->
            described("a top-N value a whole number from 1", t).comparator(TargetComparator.TOP).unit(AbstractUnit.ONE)
                .indicator(Optional.empty()).value(BigDecimal.valueOf(whole * 100L + frac, 2))));
  }

  static Gen<TargetCatalog> catalogs() {
    return SourceDSL.lists().of(targets()).ofSizeBetween(0, 8).map(list -> {
      Map<String, NationalTarget> byId = new LinkedHashMap<>();
      list.forEach(t -> byId.putIfAbsent(t.id(), t));
      return TargetCatalog.of(byId.values());
    });
  }

  static Gen<List<NationalTarget>> withDuplicateId() {
    return catalogs().zip(targets(), Generate.range(0, 8, 0), (c, extra, at) -> {
      List<NationalTarget> out = new ArrayList<>(c.targets());
      if (out.isEmpty()) {
        out.add(extra);
      }
      NationalTarget twin = NationalTarget.builder().from(extra).id(out.get(at % out.size()).id()).build();
      out.add(Math.min(at, out.size()), twin);
      return out;
    });
  }

  static Gen<Trajectory> trajectories() {
    Gen<BigDecimal> values = Generate.range(0, 100_000, 0).map(k -> DxvnGens.canonical(BigDecimal.valueOf(k, 2)));
    return Generate.range(2000, 2099, 2020).zip(Generate.range(1, 30, 1), values, values,
        (y, span, from, to) -> new Object[] {y, span, from, to})
        .zip(Generate.enumValues(TargetComparator.class), (p, c) -> Trajectory.of((Integer) p[0], (BigDecimal) p[2],
            (Integer) p[0] + (Integer) p[1], (BigDecimal) p[3], c));
  }
}
