package io.github.dxvn.indicator;

import java.util.Optional;

/**
 * The area an indicator measures: one of the foundation areas that every pillar rests on (awareness,
 * institutions, infrastructure, human resources, cybersecurity), or the activity of one pillar.
 *
 * <p>Indicator codes name their area by prefix: {@code INST_}, {@code HR_}, {@code INFRA_},
 * {@code GOV_}, {@code ECON_}, {@code SOC_}, {@code CTX_} (see {@link #codePrefix()}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Area {
  /** Nhận thức số: digital awareness. */
  AWARENESS("Nhận thức số", "Digital awareness", "AWARE", null),
  /** Thể chế số: digital institutions. */
  INSTITUTIONS("Thể chế số", "Digital institutions", "INST", null),
  /** Hạ tầng số: digital infrastructure. */
  INFRASTRUCTURE("Hạ tầng số", "Digital infrastructure", "INFRA", null),
  /** Nhân lực số: digital human resources. */
  HUMAN_RESOURCES("Nhân lực số", "Digital human resources", "HR", null),
  /** An toàn thông tin mạng: cybersecurity. */
  CYBERSECURITY("An toàn thông tin mạng", "Cybersecurity", "CYBER", null),
  /** Hoạt động chính quyền số: digital government activity. */
  DIGITAL_GOVERNMENT("Chính quyền số", "Digital government", "GOV", Pillar.DIGITAL_GOVERNMENT),
  /** Hoạt động kinh tế số: digital economy activity. */
  DIGITAL_ECONOMY("Kinh tế số", "Digital economy", "ECON", Pillar.DIGITAL_ECONOMY),
  /** Hoạt động xã hội số: digital society activity. */
  DIGITAL_SOCIETY("Xã hội số", "Digital society", "SOC", Pillar.DIGITAL_SOCIETY),
  /**
   * Bối cảnh: context such as population, households and enterprises, the denominators that shares
   * are computed from; not itself a measure of digital transformation.
   */
  CONTEXT("Bối cảnh", "Context", "CTX", null);

  private final String nameVi;
  private final String nameEn;
  private final String codePrefix;
  private final Pillar pillar;

  Area(String nameVi, String nameEn, String codePrefix, Pillar pillar) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.codePrefix = codePrefix;
    this.pillar = pillar;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label in Vietnamese, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English label.
   *
   * @return the label in English, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the prefix that indicator codes of this area start with, without the underscore.
   *
   * @return the prefix, such as {@code "INFRA"}, not null
   */
  public String codePrefix() {
    return codePrefix;
  }

  /**
   * Returns the pillar whose activity this area measures; foundation areas serve every pillar.
   *
   * @return the pillar, or empty for a foundation area
   */
  public Optional<Pillar> pillar() {
    return Optional.ofNullable(pillar);
  }

  /**
   * Tells whether this is a foundation area (awareness, institutions, infrastructure, human
   * resources, cybersecurity) rather than a pillar's activity.
   *
   * @return true for a foundation area, false for a pillar's activity and for context
   */
  public boolean isFoundation() {
    return pillar == null && this != CONTEXT;
  }

  /**
   * Finds the area whose code prefix an indicator code starts with.
   *
   * @param code  the indicator code, not null
   * @return the area, or empty if no prefix matches
   */
  public static Optional<Area> fromCodePrefix(CharSequence code) {
    String text = code.toString();
    for (Area area : values()) {
      if (text.startsWith(area.codePrefix + "_")) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }
}
