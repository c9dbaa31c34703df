package io.github.dxvn.examples;

import io.github.dxvn.index.IndexData;
import io.github.dxvn.indicator.IndicatorCode;
import io.github.dxvn.observation.Dataset;
import io.github.dxvn.observation.Observation;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a dataset into the index engine's input: one row per unit, one column per indicator of a
 * framework, in one period. A framework's indicator matches a dataset's code ignoring case and
 * punctuation, so COINr's {@code ConSpeed} finds the column the CSV adapter read as {@code CONSPEED}.
 */
public final class IndexInputs {

  private IndexInputs() {}

  /**
   * Builds the index data of the wanted indicators in a period; a missing value is NaN.
   *
   * @param dataset  the dataset, not null
   * @param period  the period, not null
   * @param wanted  the framework's indicator codes (and denominators), not null
   * @return the data, with the units that have an observation in the period, not null
   * @throws IllegalArgumentException if the dataset has no indicator matching a wanted code, naming
   *     every such code
   */
  public static IndexData of(Dataset dataset, Period period, List<String> wanted) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(period, "period");
    Map<String, IndicatorCode> byKey = new HashMap<>();
    dataset.indicators().forEach(c -> byKey.put(key(c.toString()), c));
    List<String> missing = new ArrayList<>();
    Map<String, IndicatorCode> columns = new LinkedHashMap<>();
    for (String w : Objects.requireNonNull(wanted, "wanted")) {
      IndicatorCode c = byKey.get(key(w));
      if (c == null) {
        missing.add(w);
      } else {
        columns.put(w, c);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for indicators (valid values those of the dataset): "
          + "no column for " + missing);
    }
    List<String> units = new ArrayList<>();
    for (String u : dataset.unitCodes()) {
      if (!dataset.observations(o -> o.unitCode().equals(u) && o.period().equals(period)).isEmpty()) {
        units.add(u);
      }
    }
    double[][] values = new double[units.size()][columns.size()];
    for (int i = 0; i < units.size(); i++) {
      int j = 0;
      for (IndicatorCode c : columns.values()) {
        values[i][j++] = dataset.find(units.get(i), c, period).map(Observation::value)
            .map(BigDecimal::doubleValue).orElse(Double.NaN);
      }
    }
    return IndexData.of(units, new ArrayList<>(columns.keySet()), values);
  }

  /**
   * Builds the index data of the wanted indicators in one period of a columnar store, such as a long
   * file read by {@code LongCsv.Reader.readColumns}; a missing value is NaN. Codes match as in
   * {@link #of(Dataset, Period, List)}; if a key occurs more than once, the last row wins.
   *
   * @param columns  the observations, not null
   * @param period  the period, an index into {@code columns.periods()}
   * @param wanted  the framework's indicator codes (and denominators), not null
   * @return the data, with the units that have an observation in the period, in first-seen order, not null
   * @throws IllegalArgumentException if the store has no indicator matching a wanted code, naming
   *     every such code
   * @throws IndexOutOfBoundsException if the period index is out of range
   */
  public static IndexData of(ObservationColumns columns, int period, List<String> wanted) {
    Objects.requireNonNull(columns, "columns");
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < columns.indicators().size(); i++) {
      byKey.put(key(columns.indicators().get(i)), i);
    }
    List<String> missing = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (String w : Objects.requireNonNull(wanted, "wanted")) {
      Integer i = byKey.get(key(w));
      if (i == null) {
        missing.add(w);
      } else {
        codes.add(w);
        indices.add(i);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Invalid value for indicators (valid values those of the dataset): "
          + "no column for " + missing);
    }
    double[][] matrix = columns.matrix(period);
    boolean[] present = new boolean[columns.units().size()];
    for (int r = 0; r < columns.size(); r++) {
      if (columns.periodIndex(r) == period) {
        present[columns.unitIndex(r)] = true;
      }
    }
    List<String> units = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (int u = 0; u < present.length; u++) {
      if (present[u]) {
        units.add(columns.units().get(u));
        double[] row = new double[indices.size()];
        for (int j = 0; j < row.length; j++) {
          row[j] = matrix[u][indices.get(j)];
        }
        rows.add(row);
      }
    }
    return IndexData.of(units, codes, rows.toArray(new double[0][]));
  }

  /**
   * Adds a grouping of the units, such as COINr's {@code EurAsia_group}, from a wide file's unit
   * attributes.
   *
   * @param data  the data, not null
   * @param group  the attribute's name, not null
   * @param attributes  each unit's attributes, by unit code, not null
   * @return the data with the group, not null
   * @throws IllegalArgumentException if a unit has no such attribute
   */
  public static IndexData withGroup(IndexData data, String group, Map<String, Map<String, String>> attributes) {
    List<String> labels = new ArrayList<>();
    for (String unit : data.units()) {
      String label = attributes.getOrDefault(unit, Map.of()).get(group);
      if (label == null) {
        throw new IllegalArgumentException("Invalid value for " + group + " of " + unit + " (valid values a label): none");
      }
      labels.add(label);
    }
    return data.withGroup(group, labels);
  }

  private static String key(String code) {
    return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
