package io.github.dxvn.target;

/**
 * What the document setting a target approves or issues: a programme (749/QĐ-TTg), a strategy
 * (411/QĐ-TTg and its 2021 draft) or an annual action plan (17/QĐ-UBQGCĐS for 2023). The document's
 * own type (a decision) and status (issued or draft) are on its
 * {@link io.github.dxvn.legal.LegalDocument}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentKind {
  /** A programme (chương trình), such as the national digital transformation programme. */
  PROGRAMME,
  /** A strategy (chiến lược), such as the national digital economy and society strategy. */
  STRATEGY,
  /** An action plan (kế hoạch hành động) for a year. */
  ACTION_PLAN
}
