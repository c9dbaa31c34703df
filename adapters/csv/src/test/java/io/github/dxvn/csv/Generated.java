package io.github.dxvn.csv;

import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.indicator.UnitText;
import io.github.dxvn.observation.Comparison;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationKey;
import io.github.dxvn.observation.ObservationStatus;
import io.github.dxvn.observation.Period;
import io.github.dxvn.observation.RankPosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Small generators of valid observations for the CSV round trips (test scope). */
final class Generated {

  private Generated() {}

  static final List<String> UNIT_CODES = List.of("45", "01", "44", "02891", "VNM", "Quảng Trị", "-5", "=A1", "'07",
      "+84", "@x", "a;b", "a,b", "say \"hi\"");
  static final List<String> INDICATORS = List.of("X_SHARE", "X_COUNT", "DG01", "DE33", "Y_2", "Z");
  static final List<String> TEXTS = List.of("ước đạt", "trên 65%", "a; b, c", "line\nbreak", "=SUM(A1:A2)",
      "-1 point", "+x", "@home", "'quoted", "''twice", "say \"hi\"", "https://example.org/a?b=c;d", "#hash",
      "Central and Central Highlands", "tab\tinside");
  static final ObservationStatus[] STATUSES = {
    ObservationStatus.NORMAL, ObservationStatus.ESTIMATED, ObservationStatus.PROVISIONAL, ObservationStatus.BREAK,
    ObservationStatus.FORECAST, ObservationStatus.IMPUTED, ObservationStatus.LOW_RELIABILITY,
    ObservationStatus.DEFINITION_DIFFERS
  };

  /** Lists of observations with distinct keys, everything optional present or not. */
  static Gen<List<Observation>> observations(boolean full) {
    return SourceDSL.longs().all().map(seed -> observations(new Random(seed), full));
  }

  static List<Observation> observations(Random random, boolean full) {
    int size = random.nextInt(25);
    Map<ObservationKey, Observation> byKey = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      Observation o = observation(random, full);
      byKey.putIfAbsent(o.key(), o);
    }
    return new ArrayList<>(byKey.values());
  }

  static Observation observation(Random random, boolean full) {
    Period period = switch (random.nextInt(4)) {
      case 0 -> Period.ofYear(2000 + random.nextInt(31));
      case 1 -> Period.ofQuarter(2000 + random.nextInt(31), 1 + random.nextInt(4));
      case 2 -> Period.ofMonth(2000 + random.nextInt(31), 1 + random.nextInt(12));
      default -> Period.parse("2023-10-10");
    };
    long unscaled = random.nextInt(3) == 0 ? random.nextLong() / 1000 : random.nextInt(200_000) - 1000;
    BigDecimal value = BigDecimal.valueOf(unscaled, random.nextInt(6));
    Observation.Builder builder = Observation.builder()
        .unitCode(pick(random, UNIT_CODES))
        .indicator(IndicatorCode.of(pick(random, INDICATORS)))
        .period(period)
        .value(value)
        .unit(UnitText.parse(random.nextBoolean() ? "%" : "1"));
    if (full) {
      builder.status(STATUSES[random.nextInt(STATUSES.length)]);
      builder.comparison(Comparison.values()[random.nextInt(Comparison.values().length)]);
      switch (random.nextInt(4)) {
        case 0 -> builder.rank(RankPosition.of(1 + random.nextInt(5)));
        case 1 -> builder.rank(RankPosition.of(1 + random.nextInt(5), 5 + random.nextInt(60)));
        case 2 -> builder.rank(RankPosition.of(1 + random.nextInt(5), 5 + random.nextInt(60), pick(random, TEXTS)));
        default -> { }
      }
      if (random.nextBoolean()) {
        builder.source(pick(random, TEXTS));
      }
      if (random.nextBoolean()) {
        builder.note(pick(random, TEXTS));
      }
    }
    return builder.build();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
