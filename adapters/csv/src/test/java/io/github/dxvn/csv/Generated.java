package io.github.dxvn.csv;

import io.github.dxvn.indicator.IndicatorCatalog;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.quicktheories.DxvnGens;
import io.github.dxvn.text.VietnameseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Observation lists for the CSV round trips, drawn from the published generators ({@link DxvnGens})
 * and made hostile to CSV: unit codes, sources and notes with quotes, separators, line breaks, byte
 * order marks, formula-leading characters and decomposed Vietnamese; values of either sign with up
 * to 12 integer digits and 6 decimals for indicators outside the catalog.
 */
final class Generated {

  private Generated() {}

  /** Unit codes a CSV file or a spreadsheet has trouble with, beside plain codes. */
  static final List<String> UNIT_CODES = List.of("45", "01", "44", "02891", "VNM", "Quảng Trị", "-5", "=A1", "'07",
      "+84", "@x", "a;b", "a,b", "say \"hi\"");

  /** A unit code: a hostile one above, or a hostile text fit for a unit code (no surrounding space). */
  private static Gen<String> unitCodes() {
    return Generate.oneOf(Generate.pick(UNIT_CODES), DxvnGens.csvHostileTexts());
  }

  /** Observations of indicators outside the standard catalog, with large values of either sign. */
  private static Gen<List<Observation>> extremes(boolean full) {
    Gen<Observation> one = unitCodes().zip(DxvnGens.indicatorCodes().assuming(c -> !IndicatorCatalog.standard().contains(c)),
        DxvnGens.periods(), DxvnGens.decimals(), DxvnGens.units(), (u, i, p, v, unit) ->
            Observation.builder().unitCode(u).indicator(i).period(p).value(v).unit(unit).build());
    if (full) {
      one = one.zip(DxvnGens.observations(), (o, decorated) -> Observation.builder().from(decorated)
          .unitCode(o.unitCode()).indicator(o.indicator()).period(o.period()).value(o.value()).unit(o.unit()).build());
    }
    return SourceDSL.lists().of(one).ofSizeBetween(0, 4);
  }

  /**
   * Lists of observations with distinct keys that the standard catalog accepts (unknown indicators
   * are warnings): a consistent list with its unit codes replaced by hostile ones, and up to four
   * observations outside the catalog. With {@code full}, every optional field (status, comparison,
   * rank, source, note) is sometimes present; without, none is.
   */
  static Gen<List<Observation>> observations(boolean full) {
    Gen<List<Observation>> valid = full
        ? DxvnGens.validObservationListsWithOptionalFields() : DxvnGens.validObservationLists();
    Gen<List<String>> renames = SourceDSL.lists().of(unitCodes()).ofSizeBetween(3, 3);
    return valid.zip(renames, extremes(full), (list, names, extra) -> {
      Map<String, String> rename = new HashMap<>();
      Set<String> used = new HashSet<>();
      for (Observation o : list) {
        rename.computeIfAbsent(o.unitCode(), code -> {
          String name = names.get(rename.size() % names.size());
          // A name already taken (after NFC) gives way to a code no hostile text is.
          return used.add(VietnameseText.normalize(name)) ? name : "U" + code;
        });
      }
      Map<ObservationKey, Observation> byKey = new LinkedHashMap<>();
      for (Observation o : list) {
        Observation renamed = Observation.builder().from(o).unitCode(rename.get(o.unitCode())).build();
        byKey.putIfAbsent(asRead(renamed).key(), renamed);
      }
      for (Observation o : extra) {
        byKey.putIfAbsent(asRead(o).key(), o);
      }
      return new ArrayList<>(byKey.values());
    });
  }

  /** An observation as a CSV file gives it back: texts NFC-normalised (the writer normalises). */
  static Observation asRead(Observation o) {
    Observation.Builder b = Observation.builder().from(o).unitCode(VietnameseText.normalize(o.unitCode()));
    o.source().ifPresent(s -> b.source(VietnameseText.normalize(s)));
    o.note().ifPresent(n -> b.note(VietnameseText.normalize(n)));
    return b.build();
  }

  /** A dataset as a CSV file gives it back. */
  static Dataset asRead(Dataset dataset) {
    return Dataset.of(dataset.catalog(), dataset.observations().stream().map(Generated::asRead).toList());
  }
}
