package io.github.dxvn.target;

/**
 * The kind of document a target comes from. The national targets come mostly from decisions of the
 * Prime Minister (749/QĐ-TTg, 411/QĐ-TTg), but also from an annual action plan.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentKind {
  /** A decision (quyết định), such as one approving a programme or a strategy. */
  DECISION,
  /** An action plan (kế hoạch hành động), such as the National Committee on Digital Transformation's for a year. */
  ACTION_PLAN
}
