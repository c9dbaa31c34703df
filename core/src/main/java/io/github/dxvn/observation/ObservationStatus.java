package io.github.dxvn.observation;

import java.util.Objects;

/**
 * The status of an observation, as the SDMX code list {@code CL_OBS_STATUS} writes it.
 *
 * <p>An observation held by dxvn always has a value, so {@link #MISSING} and
 * {@link #MISSING_UNSPECIFIED} appear only where a file marks a value as absent; readers skip such
 * rows and say so.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ObservationStatus {
  /** A: normal value. */
  NORMAL("A", "Giá trị bình thường", "Normal value"),
  /** B: time series break. */
  BREAK("B", "Gián đoạn chuỗi số liệu", "Time series break"),
  /** D: definition differs. */
  DEFINITION_DIFFERS("D", "Định nghĩa khác", "Definition differs"),
  /** E: estimated value ("ước đạt"). */
  ESTIMATED("E", "Giá trị ước tính", "Estimated value"),
  /** F: forecast value. */
  FORECAST("F", "Giá trị dự báo", "Forecast value"),
  /** I: imputed value. */
  IMPUTED("I", "Giá trị bổ khuyết", "Imputed value"),
  /** M: missing value; data cannot exist. */
  MISSING("M", "Thiếu: không thể có số liệu", "Missing value; data cannot exist"),
  /** O: missing value, not otherwise specified. */
  MISSING_UNSPECIFIED("O", "Thiếu số liệu", "Missing value"),
  /** P: provisional value. */
  PROVISIONAL("P", "Giá trị sơ bộ", "Provisional value"),
  /** U: low reliability. */
  LOW_RELIABILITY("U", "Độ tin cậy thấp", "Low reliability");

  private final String code;
  private final String nameVi;
  private final String nameEn;

  ObservationStatus(String code, String nameVi, String nameEn) {
    this.code = code;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the SDMX code.
   *
   * @return the one-letter code, such as {@code "E"}, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Tells whether the status marks a missing value.
   *
   * @return true for {@code M} and {@code O}
   */
  public boolean isMissing() {
    return this == MISSING || this == MISSING_UNSPECIFIED;
  }

  /**
   * Obtains the status of an SDMX code.
   *
   * @param code  the one-letter code, such as {@code "A"}, not null
   * @return the status, not null
   * @throws IllegalArgumentException if the code is unknown
   */
  public static ObservationStatus ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (ObservationStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value for status (valid values A, B, D, E, F, I, M, O, P, U): " + code);
  }
}
