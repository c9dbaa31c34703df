package io.github.dxvn.legal;

import io.github.dxvn.text.VietnameseText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal or Party document: its number, issuer, type, date of signing, title and status, such as
 * decision {@code 505/QĐ-TTg} of 22 April 2022 on the National Digital Transformation Day.
 *
 * <p>The issuer and the type default to those of the number; set explicitly they must agree with it
 * (a number without a type code, {@code 81/2023/QH15}, needs the type set: {@link DocumentType#LAW}
 * or {@link DocumentType#RESOLUTION}). An issued document (every status but {@link
 * DocumentStatus#DRAFT}) has a number and a date of signing; a number's year, if any, is the year of
 * signing. Titles are stored in NFC, so composed and decomposed titles give equal documents.
 *
 * <pre>{@code
 * LegalDocument d = LegalDocument.builder()
 *     .number(DocumentNumber.parse("505/QĐ-TTg"))
 *     .signingDate(LocalDate.of(2022, 4, 22))
 *     .titleVi("Về Ngày Chuyển đổi số quốc gia")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalDocument {

  LegalDocument() {}

  /**
   * Returns the document number.
   *
   * @return the number, empty only for a draft, not null
   */
  public abstract Optional<DocumentNumber> number();

  /**
   * Returns the issuer: the number's, unless set.
   *
   * @return the issuer, not null
   */
  @Value.Default
  public Issuer issuer() {
    return number().map(DocumentNumber::issuer).orElseThrow(() -> notSet("issuer"));
  }

  /**
   * Returns the document type: the number's, unless set.
   *
   * @return the type, not null
   */
  @Value.Default
  public DocumentType type() {
    return number().flatMap(DocumentNumber::type).orElseThrow(() -> notSet("type"));
  }

  private static IllegalStateException notSet(String attribute) {
    return new IllegalStateException(
        "Cannot build LegalDocument, " + attribute + " is not set and the number does not give it");
  }

  /**
   * Returns the date of signing.
   *
   * @return the date, empty only for a draft, not null
   */
  public abstract Optional<LocalDate> signingDate();

  /**
   * Returns the Vietnamese title, in NFC.
   *
   * @return the title, not blank, not null
   */
  public abstract String titleVi();

  /**
   * Returns the English title.
   *
   * @return the title, not null
   */
  public abstract Optional<String> titleEn();

  /**
   * Returns the status: issued unless set.
   *
   * @return the status, not null
   */
  @Value.Default
  public DocumentStatus status() {
    return DocumentStatus.ISSUED;
  }

  /** Checks the parts agree, and stores titles in NFC. */
  @Value.Check
  LegalDocument check() {
    if (titleVi().isBlank()) {
      throw new IllegalArgumentException("Invalid value for titleVi (valid values not blank): '" + titleVi() + "'");
    }
    if (titleEn().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("Invalid value for titleEn (valid values not blank): '" + titleEn().get() + "'");
    }
    if (status().isIssued() && (number().isEmpty() || signingDate().isEmpty())) {
      throw new IllegalArgumentException(
          "Invalid value for status (valid values DRAFT when the number or date of signing is"
              + " absent): " + status());
    }
    if (number().isPresent()) {
      DocumentNumber n = number().get();
      if (!n.issuer().equals(issuer())) {
        throw new IllegalArgumentException(
            "Invalid value for issuer (valid values " + n.issuer() + ", the number's): " + issuer());
      }
      if (n.type().filter(t -> t != type()).isPresent()) {
        throw new IllegalArgumentException(
            "Invalid value for type (valid values " + n.type().get() + ", the number's): " + type());
      }
      if (n.year().isPresent() && signingDate().isPresent()
          && n.year().getAsInt() != signingDate().get().getYear()) {
        throw new IllegalArgumentException(
            "Invalid value for signingDate (valid values in " + n.year().getAsInt()
                + ", the number's year): " + signingDate().get());
      }
    }
    String nfcVi = VietnameseText.normalize(titleVi());
    Optional<String> nfcEn = titleEn().map(VietnameseText::normalize);
    if (nfcVi.equals(titleVi()) && nfcEn.equals(titleEn())) {
      return this;
    }
    return builder().from(this).titleVi(nfcVi).titleEn(nfcEn).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LegalDocument}. Setters throw {@link NullPointerException} for null;
   * {@code build()} throws {@link IllegalStateException} for a missing title, or a missing issuer or
   * type that the number cannot give, and {@link IllegalArgumentException} if the parts disagree.
   */
  public static class Builder extends ImmutableLegalDocument.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
