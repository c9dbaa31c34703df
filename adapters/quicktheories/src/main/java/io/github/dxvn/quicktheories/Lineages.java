package io.github.dxvn.quicktheories;

import io.github.dxvn.admin.AdminLevel;
import io.github.dxvn.admin.AdminUnit;
import io.github.dxvn.admin.AdminUnitCode;
import io.github.dxvn.admin.Reorganisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Successive reorganisations of provinces, merges only, as in 2025. */
final class Lineages {

  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

  private Lineages() {}

  /** One step: how many units remain, and where each old unit goes. */
  private record Step(int days, List<Integer> targets, int remaining) {}

  private static Gen<Step> step(int units) {
    return Generate.range(1, units, units).flatMap(remaining -> {
      Gen<Integer> days = Generate.range(1, 3650, 365);
      // the first `remaining` old units found the new ones; the others join any of them
      Gen<List<Integer>> targets = Sources.sequence(java.util.stream.IntStream.range(0, units)
          .mapToObj(i -> i < remaining ? Generate.constant(i) : Generate.range(0, remaining - 1, 0))
          .toList());
      return days.zip(targets, (d, t) -> new Step(d, t, remaining));
    });
  }

  /** A lineage of {@code steps} reorganisations of 1 to 10 provinces. */
  static Gen<List<Reorganisation>> lineages(int steps) {
    return Generate.range(1, 10, 2).zip(Generate.range(1, 80, 1), Sources.vietnameseNames(),
            (n, base, name) -> new Object[] {n, base, name})
        .flatMap(start -> steps((Integer) start[0], steps).map(chain -> build(
            (Integer) start[0], (Integer) start[1], (String) start[2], chain)));
  }

  private static Gen<List<Step>> steps(int units, int count) {
    if (count == 0) {
      return Generate.constant(List.of());
    }
    return step(units).flatMap(s -> steps(s.remaining(), count - 1).map(rest -> {
      List<Step> all = new ArrayList<>();
      all.add(s);
      all.addAll(rest);
      return all;
    }));
  }

  private static List<Reorganisation> build(int n, int base, String name, List<Step> chain) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate date = FIRST;
    for (Step s : chain) {
      date = date.plusDays(s.days());
      dates.add(date);
    }
    // layer k: the units valid from dates[k-1] (none for k = 0) to the day before dates[k]
    List<List<AdminUnitCode>> codes = new ArrayList<>();
    List<AdminUnitCode> first = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      first.add(AdminUnitCode.of(AdminLevel.PROVINCE, base + i));
    }
    codes.add(first);
    for (Step s : chain) {
      codes.add(List.copyOf(codes.get(codes.size() - 1).subList(0, s.remaining())));
    }
    List<List<AdminUnit>> layers = new ArrayList<>();
    for (int k = 0; k < codes.size(); k++) {
      List<AdminUnit> layer = new ArrayList<>();
      for (AdminUnitCode code : codes.get(k)) {
        AdminUnit.Builder b = AdminUnit.builder().code(code).name(name + " " + code);
        if (k > 0) {
          b.validFrom(dates.get(k - 1));
        }
        if (k < dates.size()) {
          b.validTo(dates.get(k).minusDays(1));
        }
        layer.add(b.build());
      }
      layers.add(layer);
    }
    List<Reorganisation> out = new ArrayList<>();
    for (int k = 0; k < chain.size(); k++) {
      Map<AdminUnitCode, AdminUnitCode> successors = new HashMap<>();
      List<Integer> targets = chain.get(k).targets();
      for (int i = 0; i < targets.size(); i++) {
        successors.put(codes.get(k).get(i), codes.get(k + 1).get(targets.get(i)));
      }
      out.add(Reorganisation.of(dates.get(k), layers.get(k), layers.get(k + 1), successors));
    }
    return out;
  }
}
