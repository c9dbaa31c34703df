package io.github.dxvn.legal;

import io.github.dxvn.text.VietnameseText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The issuer code at the end of a document number, such as {@code TTg} in {@code 749/QĐ-TTg} or
 * {@code TW} in {@code 52-NQ/TW}, with the issuer's names when dxvn knows the code.
 *
 * <p>A code is one or more parts of letters and digits joined by hyphens, starting with a letter
 * ({@code UBND}, {@code QH15}, {@code BTC-BTTTT}). Unknown codes are allowed: they have no names.
 * A known code must be written exactly ({@code TTg}, not {@code ttg}; {@code HĐND}, not
 * {@code HDND}): a code that matches a known one only when case is ignored and D read as Đ is
 * rejected, so that one issuer has one spelling.
 * Known codes are listed by {@link #knownIssuers()}; {@code QH} and {@code UBTVQH} followed by a
 * legislature number ({@code QH15}) are known too, named with the legislature. Two issuers are equal
 * when their codes are equal, case included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Issuer {

  /** Thủ tướng Chính phủ: the Prime Minister ({@code TTg}). */
  public static final Issuer PRIME_MINISTER = known("TTg", "Thủ tướng Chính phủ", "Prime Minister");
  /** Chính phủ: the Government ({@code CP}). */
  public static final Issuer GOVERNMENT = known("CP", "Chính phủ", "Government");
  /** Quốc hội: the National Assembly ({@code QH}; numbers add the legislature, {@code QH15}). */
  public static final Issuer NATIONAL_ASSEMBLY = known("QH", "Quốc hội", "National Assembly");
  /** Ủy ban Thường vụ Quốc hội: the Standing Committee of the National Assembly ({@code UBTVQH}). */
  public static final Issuer NATIONAL_ASSEMBLY_STANDING_COMMITTEE =
      known("UBTVQH", "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly");
  /** Văn phòng Chính phủ: the Government Office ({@code VPCP}). */
  public static final Issuer GOVERNMENT_OFFICE =
      known("VPCP", "Văn phòng Chính phủ", "Government Office");
  /** Ủy ban nhân dân: a People's Committee of a province or commune ({@code UBND}). */
  public static final Issuer PEOPLES_COMMITTEE =
      known("UBND", "Ủy ban nhân dân", "People's Committee");
  /** Hội đồng nhân dân: a People's Council ({@code HĐND}). */
  public static final Issuer PEOPLES_COUNCIL = known("HĐND", "Hội đồng nhân dân", "People's Council");
  /** Bộ Thông tin và Truyền thông: the Ministry of Information and Communications ({@code BTTTT}). */
  public static final Issuer MINISTRY_OF_INFORMATION_AND_COMMUNICATIONS =
      known("BTTTT", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications");
  /** Bộ Khoa học và Công nghệ: the Ministry of Science and Technology ({@code BKHCN}). */
  public static final Issuer MINISTRY_OF_SCIENCE_AND_TECHNOLOGY =
      known("BKHCN", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology");
  /** Bộ Kế hoạch và Đầu tư: the Ministry of Planning and Investment ({@code BKHĐT}). */
  public static final Issuer MINISTRY_OF_PLANNING_AND_INVESTMENT =
      known("BKHĐT", "Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment");
  /** Bộ Tài chính: the Ministry of Finance ({@code BTC}). */
  public static final Issuer MINISTRY_OF_FINANCE = known("BTC", "Bộ Tài chính", "Ministry of Finance");
  /** Bộ Công an: the Ministry of Public Security ({@code BCA}). */
  public static final Issuer MINISTRY_OF_PUBLIC_SECURITY =
      known("BCA", "Bộ Công an", "Ministry of Public Security");
  /** Bộ Nội vụ: the Ministry of Home Affairs ({@code BNV}). */
  public static final Issuer MINISTRY_OF_HOME_AFFAIRS =
      known("BNV", "Bộ Nội vụ", "Ministry of Home Affairs");
  /** Ngân hàng Nhà nước Việt Nam: the State Bank of Vietnam ({@code NHNN}). */
  public static final Issuer STATE_BANK = known("NHNN", "Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam");
  /** Ban Chấp hành Trung ương Đảng: the Party Central Committee ({@code TW}). */
  public static final Issuer PARTY_CENTRAL_COMMITTEE =
      known("TW", "Ban Chấp hành Trung ương Đảng", "Party Central Committee");
  /** Tỉnh ủy: a provincial Party committee ({@code TU}). */
  public static final Issuer PROVINCIAL_PARTY_COMMITTEE =
      known("TU", "Tỉnh ủy", "Provincial Party Committee");

  private static final List<Issuer> KNOWN =
      List.of(
          PRIME_MINISTER, GOVERNMENT, NATIONAL_ASSEMBLY, NATIONAL_ASSEMBLY_STANDING_COMMITTEE,
          GOVERNMENT_OFFICE, PEOPLES_COMMITTEE, PEOPLES_COUNCIL,
          MINISTRY_OF_INFORMATION_AND_COMMUNICATIONS, MINISTRY_OF_SCIENCE_AND_TECHNOLOGY,
          MINISTRY_OF_PLANNING_AND_INVESTMENT, MINISTRY_OF_FINANCE, MINISTRY_OF_PUBLIC_SECURITY,
          MINISTRY_OF_HOME_AFFAIRS, STATE_BANK, PARTY_CENTRAL_COMMITTEE, PROVINCIAL_PARTY_COMMITTEE);

  private final String code;
  private final String nameVi;
  private final String nameEn;

  private Issuer(String code, String nameVi, String nameEn) {
    this.code = code;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  private static Issuer known(String code, String nameVi, String nameEn) {
    return new Issuer(code, nameVi, nameEn);
  }

  /**
   * Obtains the issuer of a code: a known issuer with its names, or an unknown one without.
   *
   * @param code  the issuer code as written in a document number, not null; it is normalised to NFC
   * @return the issuer, not null
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not letters and digits in hyphen-joined parts
   *     starting with a letter, or is a known code written in another case or with D for Đ
   */
  public static Issuer of(String code) {
    String nfc = VietnameseText.normalize(Objects.requireNonNull(code, "code"));
    if (invalidAt(nfc, 0, nfc.length()) >= 0) {
      throw new IllegalArgumentException(
          "Invalid value for issuer code (valid values letters and digits in hyphen-joined parts,"
              + " starting with a letter): " + code);
    }
    Optional<Issuer> known = lookup(nfc, false);
    if (known.isPresent()) {
      return known.get();
    }
    Optional<Issuer> miscased = lookup(nfc, true);
    if (miscased.isPresent()) {
      throw new IllegalArgumentException(
          "Invalid value for issuer code (valid values " + miscased.get().code()
              + " for the known issuer written this way): " + code);
    }
    return new Issuer(nfc, null, null);
  }

  /**
   * Returns the issuers dxvn knows by name, without legislature numbers.
   *
   * @return the known issuers, not null, unmodifiable
   */
  public static List<Issuer> knownIssuers() {
    return KNOWN;
  }

  /**
   * Returns the index of the first character at which a code range breaks the code grammar, or -1.
   */
  static int invalidAt(CharSequence text, int start, int end) {
    if (start == end || !Character.isLetter(text.charAt(start))) {
      return start;
    }
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (i + 1 == end || !Character.isLetterOrDigit(text.charAt(i + 1))) {
          return i + 1;
        }
      } else if (!Character.isLetterOrDigit(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Finds a known issuer, exactly or loosely (case ignored, D for Đ), legislature numbers included. */
  static Optional<Issuer> lookup(String code, boolean loose) {
    String key = loose ? DocumentType.fold(code) : code;
    for (Issuer issuer : KNOWN) {
      if ((loose ? DocumentType.fold(issuer.code) : issuer.code).equals(key)) {
        return Optional.of(issuer);
      }
    }
    for (Issuer assembly : List.of(NATIONAL_ASSEMBLY_STANDING_COMMITTEE, NATIONAL_ASSEMBLY)) {
      String prefix = assembly.code;
      int digits = key.length() - prefix.length();
      if (digits >= 1 && digits <= 2
          && key.regionMatches(loose, 0, prefix, 0, prefix.length())
          && key.chars().skip(prefix.length()).allMatch(c -> c >= '0' && c <= '9')
          && key.charAt(prefix.length()) != '0') {
        String legislature = key.substring(prefix.length());
        return Optional.of(new Issuer(prefix + legislature,
            assembly.nameVi + " khóa " + legislature,
            assembly.nameEn + " (legislature " + legislature + ")"));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the code as written in document numbers, such as {@code TTg}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether dxvn knows this issuer's names.
   *
   * @return true if the names are present
   */
  public boolean isKnown() {
    return nameVi != null;
  }

  /**
   * Returns the Vietnamese name, such as "Thủ tướng Chính phủ".
   *
   * @return the name, empty for an unknown code, not null
   */
  public Optional<String> nameVi() {
    return Optional.ofNullable(nameVi);
  }

  /**
   * Returns the English name, such as "Prime Minister".
   *
   * @return the name, empty for an unknown code, not null
   */
  public Optional<String> nameEn() {
    return Optional.ofNullable(nameEn);
  }

  /**
   * Checks whether this issuer has the same code as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if the codes are equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Issuer && code.equals(((Issuer) obj).code);
  }

  /**
   * Returns a hash code of the code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code, such as {@code TTg}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
