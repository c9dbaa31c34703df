package io.github.dxvn.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvincesProperties {

  private static final Reorganisation R = Provinces.reorganisation2025();
  private static final List<AdminUnit> OLD = Provinces.before2025();
  private static final List<AdminUnit> NEW = Provinces.from2025();

  @Test
  void everyOldCodeIsAPredecessorOfItsSuccessor() {
    qt().forAll(integers().between(0, OLD.size() - 1)).checkAssert(i -> {
      AdminUnitCode old = OLD.get(i).code();
      assertTrue(R.predecessorsOf(R.successorOf(old)).contains(old));
    });
  }

  @Test
  void everyPredecessorHasTheNewCodeAsSuccessor() {
    qt().forAll(integers().between(0, NEW.size() - 1)).checkAssert(i -> {
      AdminUnitCode fresh = NEW.get(i).code();
      Set<AdminUnitCode> preds = R.predecessorsOf(fresh);
      assertTrue(!preds.isEmpty());
      preds.forEach(p -> assertEquals(fresh, R.successorOf(p)));
      // a new province keeps one predecessor's code
      assertTrue(preds.contains(fresh), fresh.toString());
    });
  }

  @Test
  void predecessorsPartitionTheOldProvinces() {
    Set<AdminUnitCode> seen = new HashSet<>();
    int total = 0;
    for (AdminUnit u : NEW) {
      Set<AdminUnitCode> preds = R.predecessorsOf(u.code());
      seen.addAll(preds);
      total += preds.size();
    }
    assertEquals(63, total);
    assertEquals(63, seen.size());
    assertEquals(63, R.successors().size());
    assertEquals(34, new HashSet<>(R.successors().values()).size());
  }

  @Test
  void resolutionOnAnyDateFindsTheSideOfThatDate() {
    LocalDate day = Provinces.REORGANISATION_DATE_2025;
    qt().forAll(integers().between(0, OLD.size() - 1), integers().between(-4000, 4000))
        .checkAssert((i, offset) -> {
          AdminUnitCode code = OLD.get(i).code();
          LocalDate date = day.plusDays(offset);
          boolean isNewCode = R.predecessors().containsKey(code);
          if (offset < 0) {
            assertEquals(OLD.get(i), Provinces.resolve(code, date).orElseThrow());
          } else {
            assertEquals(isNewCode, Provinces.resolve(code, date).isPresent());
          }
        });
  }

  @Test
  void centralGroupIsPartitionedByItsParts() {
    ProvinceGroup central = Provinces.group("CENTRAL_AND_CENTRAL_HIGHLANDS");
    assertEquals(19, central.parts().stream().mapToInt(ProvinceGroup::size).sum());
    assertEquals(List.of(6, 8, 5), central.parts().stream().map(ProvinceGroup::size)
        .collect(java.util.stream.Collectors.toList()));
    qt().forAll(integers().between(0, OLD.size() - 1)).checkAssert(i -> {
      AdminUnitCode c = OLD.get(i).code();
      long inParts = central.parts().stream().filter(p -> p.contains(c)).count();
      assertEquals(central.contains(c) ? 1 : 0, inParts, c.toString());
    });
  }
}
