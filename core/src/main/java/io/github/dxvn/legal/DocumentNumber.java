package io.github.dxvn.legal;

import io.github.dxvn.text.TextParseException;
import io.github.dxvn.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The number of a Vietnamese legal or Party document, such as {@code 749/QĐ-TTg}.
 *
 * <p>Four layouts are read and written, exactly:
 *
 * <pre>
 *   749/QĐ-TTg        number/type-issuer           decisions, directives, plans...
 *   30/2020/NĐ-CP     number/year/type-issuer      normative documents carry their year
 *   81/2023/QH15      number/year/issuer           laws and resolutions of the National Assembly:
 *                                                  no type code, the issuer has the legislature
 *   52-NQ/TW          number-type/issuer           Party documents
 * </pre>
 *
 * The number is a positive integer written with up to 9 digits, leading zeros included (so from 1
 * to 999,999,999); leading zeros are kept as written, since
 * official numbers write them ({@code 01/2023/TT-BTTTT} is not written {@code 1/2023/TT-BTTTT}). The
 * year has 4 digits, from 1945. The type is a code of {@link DocumentType} (other codes are
 * rejected); the issuer is any {@link Issuer} code (unknown codes are kept, without names; known
 * ones must be written exactly, {@code TTg} not {@code ttg}), and may
 * have hyphen-joined parts ({@code TTLT-BTC-BTTTT} is type {@code TTLT}, issuer {@code BTC-BTTTT}).
 *
 * <p>{@link #toString()} gives this canonical form and {@link #parse(CharSequence)} is its inverse.
 * Text is normalised to NFC first, so composed and decomposed input give equal numbers; equality is
 * by the canonical form. {@link #parseLenient(CharSequence)} also accepts forms found in the wild
 * and says what it normalised.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentNumber {

  /** The first year a document number may carry (the Democratic Republic of Vietnam, 1945). */
  public static final int MIN_YEAR = 1945;

  private static final int MAX_YEAR = 9999;
  private static final int MAX_NUMBER_DIGITS = 9;
  private static final int MAX_NUMBER = 999_999_999;

  private final int number;
  private final int width;
  private final int year;
  private final DocumentType type;
  private final Issuer issuer;
  private final boolean party;

  private DocumentNumber(
      int number, int width, int year, DocumentType type, Issuer issuer, boolean party) {
    this.number = number;
    // The digits as written, so that 01 keeps its zero and 1 written by a factory equals 1 parsed.
    this.width = Math.max(width, Integer.toString(number).length());
    this.year = year;
    this.type = type;
    this.issuer = issuer;
    this.party = party;
  }

  /**
   * Obtains a state document number without a year, such as {@code 749/QĐ-TTg}.
   *
   * @param number  the number, from 1 to 999,999,999
   * @param type  the document type, not null, not {@link DocumentType#LAW}
   * @param issuer  the issuer, not null
   * @return the document number, not null
   * @throws NullPointerException if {@code type} or {@code issuer} is null
   * @throws IllegalArgumentException if the number is not positive or the type has no code
   */
  public static DocumentNumber of(int number, DocumentType type, Issuer issuer) {
    Objects.requireNonNull(type, "type");
    return create(number, 0, type, issuer, false);
  }

  /**
   * Obtains a state document number with a year, such as {@code 30/2020/NĐ-CP}.
   *
   * @param number  the number, from 1 to 999,999,999
   * @param year  the year, from 1945 to 9999
   * @param type  the document type, not null, not {@link DocumentType#LAW}
   * @param issuer  the issuer, not null
   * @return the document number, not null
   * @throws NullPointerException if {@code type} or {@code issuer} is null
   * @throws IllegalArgumentException if the number or year is out of range or the type has no code
   */
  public static DocumentNumber of(int number, int year, DocumentType type, Issuer issuer) {
    Objects.requireNonNull(type, "type");
    return create(number, checkYear(year), type, issuer, false);
  }

  /**
   * Obtains a number without a type code, as the National Assembly numbers its laws and
   * resolutions: {@code 81/2023/QH15}.
   *
   * @param number  the number, from 1 to 999,999,999
   * @param year  the year, from 1945 to 9999
   * @param issuer  the issuer, not null, such as {@code Issuer.of("QH15")}
   * @return the document number, not null
   * @throws NullPointerException if {@code issuer} is null
   * @throws IllegalArgumentException if the number or year is out of range, or the issuer code has
   *     a hyphen (which would read back as a type code)
   */
  public static DocumentNumber ofUntyped(int number, int year, Issuer issuer) {
    Objects.requireNonNull(issuer, "issuer");
    if (issuer.code().indexOf('-') >= 0) {
      throw new IllegalArgumentException(
          "Invalid value for issuer (valid values codes without '-' when there is no type): "
              + issuer);
    }
    return create(number, checkYear(year), null, issuer, false);
  }

  /**
   * Obtains a Party document number, such as {@code 52-NQ/TW}.
   *
   * @param number  the number, from 1 to 999,999,999
   * @param type  the document type, not null, not {@link DocumentType#LAW}
   * @param issuer  the issuer, not null
   * @return the document number, not null
   * @throws NullPointerException if {@code type} or {@code issuer} is null
   * @throws IllegalArgumentException if the number is not positive or the type has no code
   */
  public static DocumentNumber ofParty(int number, DocumentType type, Issuer issuer) {
    Objects.requireNonNull(type, "type");
    return create(number, 0, type, issuer, true);
  }

  /** Checks the parts; {@code type} is null only for {@link #ofUntyped}, which checked the rest. */
  private static DocumentNumber create(
      int number, int year, DocumentType type, Issuer issuer, boolean party) {
    Objects.requireNonNull(issuer, "issuer");
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException(
          "Invalid value for number (valid values 1 - " + MAX_NUMBER + "): " + number);
    }
    if (type != null && type.code().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for type (valid values types with a code): " + type);
    }
    return new DocumentNumber(number, 0, year, type, issuer, party);
  }

  private static int checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Invalid value for year (valid values " + MIN_YEAR + " - " + MAX_YEAR + "): " + year);
    }
    return year;
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * Parses a document number in one of the four layouts, exactly: no surrounding whitespace, type
   * and known issuer codes in their exact case ({@code QĐ}, {@code TTg}).
   *
   * @param text  the text to parse, not null; normalised to NFC first
   * @return the document number, not null
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text is not a document number; its parsed string is the NFC
   *     text and its index the first character in error
   */
  public static DocumentNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String nfc = VietnameseText.normalize(text);
    return read(nfc, 0, nfc.length(), null);
  }

  /**
   * Parses a document number leniently, accepting the forms found in the wild, and says what it did:
   *
   * <ul>
   *   <li>surrounding whitespace, no-break spaces included, is removed;
   *   <li>a type code is matched ignoring case and reading D (or the look-alike Ð, U+00D0) as Đ:
   *       {@code 749/QD-TTg} gives {@code 749/QĐ-TTg};
   *   <li>a known issuer code is matched the same way: {@code 2793/Qd-Ubnd} gives
   *       {@code 2793/QĐ-UBND} (unknown issuer codes are kept as written);
   *   <li>a year is always kept, because normative decisions carry one ({@code 19/2025/QĐ-TTg});
   *       but when the number without its year is a document dxvn knows from that year, as
   *       {@code 505/2022/QĐ-TTg} for decision {@code 505/QĐ-TTg} of 22 April 2022, a note says so and
   *       {@link #withoutYear()} gives the real number.
   * </ul>
   *
   * Anything else fails as in {@link #parse(CharSequence)}, with the index in the NFC text as given.
   *
   * @param text  the text to parse, not null; normalised to NFC first
   * @return the document number and the notes, not null
   * @throws NullPointerException if {@code text} is null
   * @throws TextParseException if the text is not a document number even read leniently
   */
  public static ParsedDocumentNumber parseLenient(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String nfc = VietnameseText.normalize(text);
    List<String> notes = new ArrayList<>();
    int start = 0;
    int end = nfc.length();
    while (start < end && isSpace(nfc.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(nfc.charAt(end - 1))) {
      end--;
    }
    if (start > 0 || end < nfc.length()) {
      notes.add("removed surrounding whitespace");
    }
    DocumentNumber parsed = read(nfc, start, end, notes);
    if (parsed.year != 0 && parsed.type != null) {
      DocumentNumber withoutYear = parsed.withoutYear();
      for (LegalDocument known : LegalDocuments.all()) {
        if (known.number().filter(withoutYear::equals).isPresent()
            && known.signingDate().filter(d -> d.getYear() == parsed.year).isPresent()) {
          notes.add("kept year " + parsed.year + ", but the known document " + withoutYear
              + " of " + known.signingDate().get() + " carries no year in its number; withoutYear()"
              + " gives it");
        }
      }
    }
    return ParsedDocumentNumber.of(parsed, notes);
  }

  /**
   * Reads the layouts from {@code start} to {@code end} of {@code text}, reporting errors against
   * the whole text; loose (lenient) when {@code notes} is not null, adding a note for each code it
   * normalised.
   */
  private static DocumentNumber read(String text, int start, int end, List<String> notes) {
    int i = start;
    while (i < end && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      throw error(text, start, "expected the document number (digits)");
    }
    if (i - start > MAX_NUMBER_DIGITS) {
      throw error(text, start, "the document number has more than " + MAX_NUMBER_DIGITS + " digits");
    }
    int number = Integer.parseInt(text, start, i, 10);
    if (number == 0) {
      throw error(text, start, "the document number must be positive");
    }
    int width = i - start;
    if (i == end || (text.charAt(i) != '/' && text.charAt(i) != '-')) {
      throw error(text, i, "expected '/' or '-' after the document number");
    }
    if (text.charAt(i) == '-') {
      int slash = indexOf(text, '/', i + 1, end);
      if (slash < 0) {
        throw error(text, end, "expected '/' and the issuer after the Party document type");
      }
      DocumentType type = type(text, i + 1, slash, notes);
      Issuer issuer = issuer(text, slash + 1, end, notes);
      return new DocumentNumber(number, width, 0, type, issuer, true);
    }
    int segment = i + 1;
    int year = 0;
    int j = segment;
    while (j < end && isDigit(text.charAt(j))) {
      j++;
    }
    if (j > segment) {
      if (j - segment != 4) {
        throw error(text, segment, "expected a year of 4 digits");
      }
      year = Integer.parseInt(text, segment, j, 10);
      if (year < MIN_YEAR) {
        throw error(text, segment, "the year is before " + MIN_YEAR);
      }
      if (j == end || text.charAt(j) != '/') {
        throw error(text, j, "expected '/' after the year");
      }
      segment = j + 1;
    }
    int slash = indexOf(text, '/', segment, end);
    if (slash >= 0) {
      // A segment followed by another '/' can only be the year.
      throw year == 0
          ? error(text, segment, "expected a year of 4 digits")
          : error(text, slash, "unexpected '/'");
    }
    int hyphen = indexOf(text, '-', segment, end);
    if (hyphen < 0) {
      if (year == 0) {
        throw error(text, end, "expected '-' and the issuer after the document type");
      }
      return new DocumentNumber(number, width, year, null, issuer(text, segment, end, notes), false);
    }
    DocumentType type = type(text, segment, hyphen, notes);
    Issuer issuer = issuer(text, hyphen + 1, end, notes);
    return new DocumentNumber(number, width, year, type, issuer, false);
  }

  private static DocumentType type(String text, int start, int end, List<String> notes) {
    String code = text.substring(start, end);
    Optional<DocumentType> exact = DocumentType.ofCode(code);
    if (exact.isPresent()) {
      return exact.get();
    }
    if (notes != null) {
      Optional<DocumentType> loose = DocumentType.ofCodeIgnoringCase(code);
      if (loose.isPresent()) {
        notes.add("read type code '" + code + "' as '" + loose.get().code().orElseThrow() + "'");
        return loose.get();
      }
    }
    if (start == end) {
      throw error(text, start, "expected a document type code");
    }
    throw error(text, start, "unknown document type code '" + code + "'");
  }

  private static Issuer issuer(String text, int start, int end, List<String> notes) {
    int bad = Issuer.invalidAt(text, start, end);
    if (bad >= 0) {
      throw error(text, bad, bad == end ? "expected an issuer code" : "invalid issuer code character");
    }
    String code = text.substring(start, end);
    Optional<Issuer> loose = Issuer.lookup(code, true);
    if (loose.isPresent() && !loose.get().code().equals(code)) {
      if (notes == null) {
        throw error(text, start, "issuer code '" + code + "' is written '" + loose.get().code() + "'");
      }
      notes.add("read issuer code '" + code + "' as '" + loose.get().code() + "'");
      return loose.get();
    }
    return Issuer.of(code);
  }

  private static int indexOf(String text, char c, int from, int end) {
    int i = text.indexOf(c, from);
    return i < end ? i : -1;
  }

  /** Whitespace, including the no-break spaces that Character.isWhitespace leaves out. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static TextParseException error(String text, int index, String reason) {
    return new TextParseException(
        "Text '" + text + "' could not be parsed at index " + index + ": " + reason, text, index);
  }

  // -----------------------------------------------------------------------------------------------

  /**
   * Returns the number, such as 749.
   *
   * @return the number, from 1
   */
  public int number() {
    return number;
  }

  /**
   * Returns the year the number carries, such as 2020 for {@code 30/2020/NĐ-CP}.
   *
   * @return the year, empty if the number has none
   */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * Returns the document type of the code in the number.
   *
   * @return the type, empty for National Assembly numbers such as {@code 81/2023/QH15}, not null
   */
  public Optional<DocumentType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the issuer.
   *
   * @return the issuer, not null
   */
  public Issuer issuer() {
    return issuer;
  }

  /**
   * Returns whether this is a Party document number ({@code 52-NQ/TW}).
   *
   * @return true for the Party layout
   */
  public boolean isPartyDocument() {
    return party;
  }

  /**
   * Returns this number without its year, such as {@code 505/QĐ-TTg} for {@code 505/2022/QĐ-TTg}.
   *
   * @return a number without a year, this one if it has none, not null
   * @throws IllegalStateException if the number has no type code, since {@code 81/QH15} is not a
   *     valid layout
   */
  public DocumentNumber withoutYear() {
    if (year == 0) {
      return this;
    }
    if (type == null) {
      throw new IllegalStateException("A number without a type code needs its year: " + this);
    }
    return new DocumentNumber(number, width, 0, type, issuer, party);
  }

  /**
   * Checks whether this number has the same canonical form as another.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if the canonical forms are equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof DocumentNumber)) {
      return false;
    }
    DocumentNumber other = (DocumentNumber) obj;
    return number == other.number && width == other.width && year == other.year
        && type == other.type && issuer.equals(other.issuer) && party == other.party;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(number, width, year, type, issuer, party);
  }

  /**
   * Returns the canonical form, such as {@code 749/QĐ-TTg}, {@code 30/2020/NĐ-CP},
   * {@code 81/2023/QH15} or {@code 52-NQ/TW}.
   *
   * @return the canonical form, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(24);
    String digits = Integer.toString(number);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
    if (party) {
      return out.append('-').append(type.code().orElseThrow()).append('/').append(issuer).toString();
    }
    out.append('/');
    if (year != 0) {
      out.append(year).append('/');
    }
    if (type != null) {
      out.append(type.code().orElseThrow()).append('-');
    }
    return out.append(issuer).toString();
  }
}
