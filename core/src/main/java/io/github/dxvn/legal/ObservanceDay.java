package io.github.dxvn.legal;

import io.github.dxvn.text.VietnameseText;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A day observed every year on the same date, fixed by one or more documents, such as the
 * Digital Transformation Day on 10 October.
 *
 * <p>The day is observed from its first year on. Years before it have no observance: {@link
 * #dateIn(int)} rejects them and {@link #isObservedOn(LocalDate)} answers false. A day on 29 February
 * falls on 28 February in other years, as {@link MonthDay#atYear(int)} does. Every source signed
 * must be signed on or before the first observance. Names are stored in NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ObservanceDay {

  private static final ObservanceDay NATIONAL_DX_DAY = builder()
      .nameVi("Ngày Chuyển đổi số quốc gia")
      .nameEn("National Digital Transformation Day")
      .monthDay(MonthDay.of(10, 10))
      .firstYear(Year.of(2022))
      .addSources(LegalDocuments.DECISION_505_QD_TTG)
      .build();

  private static final ObservanceDay QUANG_TRI_DX_DAY = builder()
      .nameVi("Ngày Chuyển đổi số tỉnh Quảng Trị")
      .nameEn("Digital Transformation Day of Quảng Trị province")
      .monthDay(MonthDay.of(10, 10))
      .firstYear(Year.of(2022))
      .addSources(LegalDocuments.DECISION_2443_QD_UBND_QUANG_TRI, LegalDocuments.DECISION_505_QD_TTG)
      .build();

  ObservanceDay() {}

  /**
   * Returns the National Digital Transformation Day: 10 October every year from 2022, fixed by
   * decision 505/QĐ-TTg of 22 April 2022.
   *
   * @return the day, not null
   */
  public static ObservanceDay nationalDigitalTransformationDay() {
    return NATIONAL_DX_DAY;
  }

  /**
   * Returns Quảng Trị province's Digital Transformation Day: 10 October every year from 2022, fixed
   * by decision 2443/QĐ-UBND of 21 September 2022, after the national day of 505/QĐ-TTg.
   *
   * @return the day, not null
   */
  public static ObservanceDay quangTriDigitalTransformationDay() {
    return QUANG_TRI_DX_DAY;
  }

  /**
   * Returns the Vietnamese name, in NFC.
   *
   * @return the name, not blank, not null
   */
  public abstract String nameVi();

  /**
   * Returns the English name.
   *
   * @return the name, not null
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the day of the year it is observed on.
   *
   * @return the month and day, not null
   */
  public abstract MonthDay monthDay();

  /**
   * Returns the first year it is observed.
   *
   * @return the year, not null
   */
  public abstract Year firstYear();

  /**
   * Returns the documents that fix the day, the most specific first.
   *
   * @return the documents, not empty, not null
   */
  public abstract List<LegalDocument> sources();

  /**
   * Returns the date of the day in a year.
   *
   * @param year  the year, from {@link #firstYear()} to {@link Year#MAX_VALUE}
   * @return the date, not null
   * @throws IllegalArgumentException if the year is before the first year or after
   *     {@link Year#MAX_VALUE}
   */
  public LocalDate dateIn(int year) {
    if (year < firstYear().getValue() || year > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Invalid value for year (valid values " + firstYear() + " - " + Year.MAX_VALUE + "): " + year);
    }
    return monthDay().atYear(year);
  }

  /**
   * Returns the date of the day in a year.
   *
   * @param year  the year, not null, not before {@link #firstYear()}
   * @return the date, not null
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalArgumentException if the year is before the first year
   */
  public LocalDate dateIn(Year year) {
    return dateIn(Objects.requireNonNull(year, "year").getValue());
  }

  /**
   * Returns whether the day is observed on a date.
   *
   * @param date  the date, not null
   * @return true if the date is the day's date in its year, that year not before the first
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isObservedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getYear() >= firstYear().getValue() && monthDay().atYear(date.getYear()).equals(date);
  }

  /**
   * Returns the first date on or after a date on which the day is observed.
   *
   * @param date  the date to start from, not null
   * @return the date itself if observed, else the next observance, not before the first year's
   * @throws NullPointerException if {@code date} is null
   * @throws java.time.DateTimeException if the next observance would be after {@link Year#MAX_VALUE}
   */
  public LocalDate nextOnOrAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = Math.max(date.getYear(), firstYear().getValue());
    LocalDate candidate = monthDay().atYear(year);
    return candidate.isBefore(date) ? monthDay().atYear(Math.addExact(year, 1)) : candidate;
  }

  /** Checks the sources precede the first observance, and stores names in NFC. */
  @Value.Check
  ObservanceDay check() {
    if (nameVi().isBlank()) {
      throw new IllegalArgumentException("Invalid value for nameVi (valid values not blank): '" + nameVi() + "'");
    }
    if (sources().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for sources (valid values at least one): []");
    }
    LocalDate first = monthDay().atYear(firstYear().getValue());
    for (LegalDocument source : sources()) {
      if (source.signingDate().filter(first::isBefore).isPresent()) {
        throw new IllegalArgumentException(
            "Invalid value for firstYear (valid values years whose observance follows every source's"
                + " signing): " + firstYear() + " (" + source.number().map(Object::toString).orElse(source.titleVi())
                + " was signed " + source.signingDate().get() + ")");
      }
    }
    String nfcVi = VietnameseText.normalize(nameVi());
    Optional<String> nfcEn = nameEn().map(VietnameseText::normalize);
    if (nfcVi.equals(nameVi()) && nfcEn.equals(nameEn())) {
      return this;
    }
    return builder().from(this).nameVi(nfcVi).nameEn(nfcEn).build();
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
   * Builds an {@link ObservanceDay}. Setters throw {@link NullPointerException} for null;
   * {@code build()} throws {@link IllegalStateException} for a missing attribute and {@link
   * IllegalArgumentException} for a blank name, no source, or a source signed after the first
   * observance.
   */
  public static class Builder extends ImmutableObservanceDay.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
