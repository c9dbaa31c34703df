package io.github.dxvn.examples;

/** The language of a report: Vietnamese or English. */
public enum Language {
  /** Vietnamese: Vietnamese names, numbers written {@code 4.327} and {@code 99,53}. */
  VI,
  /** English: English names, numbers written {@code 4,327} and {@code 99.53}. */
  EN;

  /**
   * Picks the Vietnamese or the English text.
   *
   * @param vi  the Vietnamese text, not null
   * @param en  the English text, not null
   * @return the text in this language, not null
   */
  public String pick(String vi, String en) {
    return this == VI ? vi : en;
  }
}
