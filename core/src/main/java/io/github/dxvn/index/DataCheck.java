package io.github.dxvn.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pipeline step that checks the framework's indicators without changing the data: its log names
 * every unit and indicator with missing values and every indicator flagged for outliers (see
 * {@link DataReport}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataCheck extends PipelineStep {

  private static final DataCheck INSTANCE = new DataCheck();

  private DataCheck() {}

  /**
   * Obtains the step.
   *
   * @return the step, not null
   */
  public static DataCheck create() {
    return INSTANCE;
  }

  @Override
  Stage apply(IndexData data, Framework framework) {
    DataReport r = DataReport.of(data, framework.indicators());
    List<String> log = new ArrayList<>();
    for (Map.Entry<String, Double> e : r.unitAvailability().entrySet()) {
      if (e.getValue() < 1) {
        log.add("unit " + e.getKey() + ": data availability " + e.getValue());
      }
    }
    for (Map.Entry<String, Double> e : r.indicatorAvailability().entrySet()) {
      if (e.getValue() < 1) {
        log.add("indicator " + e.getKey() + ": data availability " + e.getValue());
      }
      if (r.isFlagged(e.getKey())) {
        log.add("indicator " + e.getKey() + ": skewness " + r.skewness(e.getKey()).getAsDouble()
            + ", kurtosis " + r.kurtosis(e.getKey()).getAsDouble());
      }
    }
    return new Stage(this, data, log);
  }

  @Override
  public String toString() {
    return "DataCheck";
  }
}
