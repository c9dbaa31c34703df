package io.github.dxvn.legal;

/**
 * The standing of a legal document, kept with everything taken from it (a national target from a
 * 2021 draft is not a target of the final decision).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentStatus {
  /** Signed and issued (ban hành): a final document with its number and date of signing. */
  ISSUED("đã ban hành", "issued"),
  /** A draft (dự thảo), not signed; it may have no number or date yet. */
  DRAFT("dự thảo", "draft"),
  /** Issued, then replaced by a later document (bị thay thế). */
  REPLACED("bị thay thế", "replaced"),
  /** Issued, then repealed (bị bãi bỏ). */
  REPEALED("bị bãi bỏ", "repealed");

  private final String nameVi;
  private final String nameEn;

  DocumentStatus(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Vietnamese label, such as "dự thảo".
   *
   * @return the label, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English label, such as "draft".
   *
   * @return the label, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns whether the document was signed and issued, even if later replaced or repealed.
   *
   * @return true unless this is {@link #DRAFT}
   */
  public boolean isIssued() {
    return this != DRAFT;
  }
}
