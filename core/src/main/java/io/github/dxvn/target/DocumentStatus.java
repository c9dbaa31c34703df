package io.github.dxvn.target;

/**
 * Whether a document is final (issued) or a draft. A target from a draft may not be in the document
 * finally issued.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentStatus {
  /** Issued. */
  FINAL,
  /** A draft (dự thảo), not confirmed by the issued document. */
  DRAFT
}
