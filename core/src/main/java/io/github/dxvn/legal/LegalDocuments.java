package io.github.dxvn.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * Legal documents dxvn knows and refers to: the national digital transformation decisions and the
 * ones that fix Digital Transformation Day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalDocuments {

  /**
   * Decision 749/QĐ-TTg of 3 June 2020 (Prime Minister): the National Digital Transformation
   * Programme to 2025, with orientations to 2030.
   */
  public static final LegalDocument DECISION_749_QD_TTG = issued("749/QĐ-TTg", LocalDate.of(2020, 6, 3),
      "Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
      "Approving the National Digital Transformation Programme to 2025, with orientations to 2030");

  /**
   * Decision 411/QĐ-TTg of 31 March 2022 (Prime Minister): the national strategy for the digital
   * economy and digital society to 2025, with orientations to 2030.
   */
  public static final LegalDocument DECISION_411_QD_TTG = issued("411/QĐ-TTg", LocalDate.of(2022, 3, 31),
      "Phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến"
          + " năm 2030",
      "Approving the national strategy for developing the digital economy and digital society to"
          + " 2025, with orientations to 2030");

  /**
   * Decision 505/QĐ-TTg of 22 April 2022 (Prime Minister): 10 October of every year is the National
   * Digital Transformation Day.
   */
  public static final LegalDocument DECISION_505_QD_TTG = issued("505/QĐ-TTg", LocalDate.of(2022, 4, 22),
      "Về Ngày Chuyển đổi số quốc gia", "On the National Digital Transformation Day");

  /**
   * Decision 2443/QĐ-UBND of 21 September 2022 (People's Committee of Quảng Trị province): 10 October
   * of every year is the province's Digital Transformation Day. The title is descriptive, from the
   * seed article, not the decision's official title.
   */
  public static final LegalDocument DECISION_2443_QD_UBND_QUANG_TRI = issued("2443/QĐ-UBND",
      LocalDate.of(2022, 9, 21), "Về Ngày Chuyển đổi số tỉnh Quảng Trị",
      "On the Digital Transformation Day of Quảng Trị province");

  private static final List<LegalDocument> ALL =
      List.of(DECISION_749_QD_TTG, DECISION_411_QD_TTG, DECISION_505_QD_TTG, DECISION_2443_QD_UBND_QUANG_TRI);

  private LegalDocuments() {}

  private static LegalDocument issued(String number, LocalDate signed, String titleVi, String titleEn) {
    return LegalDocument.builder().number(DocumentNumber.parse(number)).signingDate(signed)
        .titleVi(titleVi).titleEn(titleEn).build();
  }

  /**
   * Returns every document of this class, oldest first.
   *
   * @return the documents, not null, unmodifiable
   */
  public static List<LegalDocument> all() {
    return ALL;
  }
}
