package io.github.dxvn.csv.internal;

import io.github.dxvn.csv.RawObservationHandler;
import io.github.dxvn.observation.ObservationColumns;
import io.github.dxvn.observation.ObservationStatus;

/**
 * Builds {@link ObservationColumns} from the rows of a raw scan, in file order: the general path
 * of a read into columns, and the reference the parallel path is tested against.
 */
public final class ColumnsSink implements RawObservationHandler {

  private final ObservationColumns.Builder out = ObservationColumns.builder();
  private String lastUnit;
  private int lastUnitId;
  private String lastStatus;
  private ObservationStatus lastStatusValue;

  /** Creates an empty sink. */
  public ColumnsSink() {}

  @Override
  public void row(String unitCode, String indicatorCode, String period, double value, String unit, String status) {
    // codes are pooled by the scan: the same instance as the last row's is the same code
    if (unitCode != lastUnit) {
      lastUnit = unitCode;
      lastUnitId = out.unit(unitCode);
    }
    if (status != lastStatus) {
      lastStatus = status;
      lastStatusValue = status.isEmpty() ? ObservationStatus.NORMAL : ObservationStatus.ofCode(status);
    }
    out.add(lastUnitId, out.indicator(indicatorCode), out.period(period), value, lastStatusValue);
  }

  /**
   * Builds the columns of the rows received.
   *
   * @return the columns, not null
   */
  public ObservationColumns build() {
    return out.build();
  }
}
