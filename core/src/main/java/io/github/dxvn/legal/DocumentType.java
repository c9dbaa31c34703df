package io.github.dxvn.legal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of a Vietnamese legal or Party document, with the code it carries in its number
 * ({@code QĐ} in {@code 749/QĐ-TTg}, {@code NQ} in {@code 52-NQ/TW}).
 *
 * <p>The codes are the ones of Decree 30/2020/NĐ-CP on administrative documents and of Party
 * practice. A code's label is the state one: in Party numbers {@code QĐ} means "quy định"
 * (regulation) rather than "quyết định". Laws and resolutions of the National Assembly carry no
 * type code ({@code 81/2023/QH15}), so {@link #LAW} has none. Codes not listed here are rejected
 * by {@link DocumentNumber#parse(CharSequence)}: a number such as {@code 123/BTTTT-CĐSQG} (an official
 * letter) has no type code at all and is not a document number of this grammar.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DocumentType {
  /** Quyết định: decision ({@code QĐ}). */
  DECISION("QĐ", "quyết định", "decision"),
  /** Nghị định: decree of the Government ({@code NĐ}). */
  DECREE("NĐ", "nghị định", "decree"),
  /** Nghị quyết: resolution ({@code NQ}). */
  RESOLUTION("NQ", "nghị quyết", "resolution"),
  /** Nghị quyết liên tịch: joint resolution ({@code NQLT}). */
  JOINT_RESOLUTION("NQLT", "nghị quyết liên tịch", "joint resolution"),
  /** Thông tư: circular of a ministry ({@code TT}). */
  CIRCULAR("TT", "thông tư", "circular"),
  /** Thông tư liên tịch: joint circular ({@code TTLT}). */
  JOINT_CIRCULAR("TTLT", "thông tư liên tịch", "joint circular"),
  /** Chỉ thị: directive ({@code CT}). */
  DIRECTIVE("CT", "chỉ thị", "directive"),
  /** Kế hoạch: plan, such as an action plan ({@code KH}). */
  PLAN("KH", "kế hoạch", "plan"),
  /** Chương trình: programme ({@code CTr}). */
  PROGRAMME("CTr", "chương trình", "programme"),
  /** Thông báo: notice ({@code TB}). */
  NOTICE("TB", "thông báo", "notice"),
  /** Hướng dẫn: guidance ({@code HD}). */
  GUIDANCE("HD", "hướng dẫn", "guidance"),
  /** Báo cáo: report ({@code BC}). */
  REPORT("BC", "báo cáo", "report"),
  /** Tờ trình: submission ({@code TTr}). */
  SUBMISSION("TTr", "tờ trình", "submission"),
  /** Kết luận: conclusion ({@code KL}), mostly Party documents. */
  CONCLUSION("KL", "kết luận", "conclusion"),
  /** Luật: law of the National Assembly; its number carries no type code. */
  LAW(null, "luật", "law");

  private final String code;
  private final String nameVi;
  private final String nameEn;

  DocumentType(String code, String nameVi, String nameEn) {
    this.code = code;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the code written in document numbers, such as {@code QĐ}.
   *
   * @return the code, empty for {@link #LAW}, not null
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the Vietnamese name in lower case, such as "quyết định".
   *
   * @return the Vietnamese label, not null
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English name in lower case, such as "decision".
   *
   * @return the English label, not null
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the type of an exact code, such as {@code QĐ} (case and the stroke of Đ count).
   *
   * @param code  the code as written in a document number, not null
   * @return the type, empty if no type has that code
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<DocumentType> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (DocumentType type : values()) {
      if (code.equals(type.code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the type of a code read loosely: case is ignored and D (or the look-alike Ð, U+00D0)
   * stands for Đ, so {@code QD}, {@code Qd} and {@code qđ} all give {@link #DECISION}.
   *
   * @param code  the code as found, not null
   * @return the type, empty if no type's code matches
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<DocumentType> ofCodeIgnoringCase(String code) {
    Objects.requireNonNull(code, "code");
    String key = fold(code);
    for (DocumentType type : values()) {
      if (type.code != null && key.equals(fold(type.code))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Upper case with Đ read as D: the key of loose matching, shared with {@link Issuer}. The Icelandic
   * Ð (U+00D0), which legacy-encoding conversions put for Đ (U+0110), reads as D too.
   */
  static String fold(String code) {
    return code.toUpperCase(Locale.ROOT).replace('Đ', 'D').replace('\u00D0', 'D');
  }
}
