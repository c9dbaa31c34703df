package io.github.dxvn.observation;

import io.github.dxvn.text.TextParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A period of observation in SDMX {@code TIME_PERIOD} form: a year ({@code 2023}), a quarter
 * ({@code 2023-Q4}), a month ({@code 2023-10}) or a day ({@code 2023-10-10}).
 *
 * <p>Periods are ordered by start date, and among periods that start on the same day the longer
 * comes first: {@code 2023 < 2023-Q1 < 2023-01 < 2023-01-01 < 2023-01-02 < 2023-02}.
 * {@link #parse(CharSequence)} reads exactly what {@link #toString()} writes. Years run from 1000 to
 * 9999, four digits as SDMX writes them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {

  /** The length of a period. */
  public enum Type {
    /** A calendar year, {@code 2023}. */
    YEAR,
    /** A calendar quarter, {@code 2023-Q4}. */
    QUARTER,
    /** A calendar month, {@code 2023-10}. */
    MONTH,
    /** A day, {@code 2023-10-10}. */
    DAY
  }

  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  private final Type type;
  private final int year;
  /** The quarter (1–4) or month (1–12); 0 for a year. */
  private final int part;
  /** The day of the month; 0 unless a day. */
  private final int day;

  private Period(Type type, int year, int part, int day) {
    this.type = type;
    this.year = year;
    this.part = part;
    this.day = day;
  }

  /**
   * Obtains a year.
   *
   * @param year  the year, from 1000 to 9999
   * @return the period, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Period ofYear(int year) {
    return new Period(Type.YEAR, checkYear(year), 0, 0);
  }

  /**
   * Obtains a quarter.
   *
   * @param year  the year, from 1000 to 9999
   * @param quarter  the quarter, from 1 to 4
   * @return the period, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Period ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("Invalid value for quarter (valid values 1 - 4): " + quarter);
    }
    return new Period(Type.QUARTER, checkYear(year), quarter, 0);
  }

  /**
   * Obtains a month.
   *
   * @param year  the year, from 1000 to 9999
   * @param month  the month, from 1 to 12
   * @return the period, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Period ofMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Invalid value for month (valid values 1 - 12): " + month);
    }
    return new Period(Type.MONTH, checkYear(year), month, 0);
  }

  /**
   * Obtains a day.
   *
   * @param date  the date, with a year from 1000 to 9999, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Period ofDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Period(Type.DAY, checkYear(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
  }

  private static int checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Invalid value for year (valid values " + MIN_YEAR + " - " + MAX_YEAR + "): " + year);
    }
    return year;
  }

  /**
   * Parses a period in SDMX form: {@code 2023}, {@code 2023-Q4}, {@code 2023-10} or
   * {@code 2023-10-10}.
   *
   * @param text  the text, not null
   * @return the period, not null
   * @throws TextParseException if the text is not a period, with the index of the first bad
   *     character
   */
  public static Period parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    int year = digits(text, 0, 4);
    if (year < MIN_YEAR) {
      throw error(text, 0, "years run from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    if (length == 4) {
      return ofYear(year);
    }
    expect(text, 4, '-');
    if (length > 5 && text.charAt(5) == 'Q') {
      if (length != 7) {
        throw error(text, Math.min(length, 7), "a quarter is written YYYY-Qn");
      }
      int quarter = digits(text, 6, 1);
      if (quarter < 1 || quarter > 4) {
        throw error(text, 6, "quarter must be 1 to 4");
      }
      return ofQuarter(year, quarter);
    }
    int month = digits(text, 5, 2);
    if (month < 1 || month > 12) {
      throw error(text, 5, "month must be 01 to 12");
    }
    if (length == 7) {
      return ofMonth(year, month);
    }
    expect(text, 7, '-');
    int day = digits(text, 8, 2);
    if (length != 10) {
      throw error(text, 10, "unexpected text after the day");
    }
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      throw error(text, 8, "no such day in " + YearMonth.of(year, month));
    }
    return ofDay(LocalDate.of(year, month, day));
  }

  private static int digits(CharSequence text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      if (i >= text.length()) {
        throw error(text, i, "text ends early");
      }
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw error(text, i, "expected a digit, found '" + c + "'");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void expect(CharSequence text, int index, char expected) {
    if (index >= text.length() || text.charAt(index) != expected) {
      throw error(text, index, "expected '" + expected + "' (periods are YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)");
    }
  }

  private static TextParseException error(CharSequence text, int index, String why) {
    return new TextParseException(
        "Text '" + text + "' could not be parsed at index " + index + ": " + why, text, index);
  }

  /**
   * Returns the length of the period.
   *
   * @return the type, not null
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the year the period lies in.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the first day of the period.
   *
   * @return the start date, not null
   */
  public LocalDate startDate() {
    switch (type) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case QUARTER:
        return LocalDate.of(year, part * 3 - 2, 1);
      case MONTH:
        return LocalDate.of(year, part, 1);
      default:
        return LocalDate.of(year, part, day);
    }
  }

  /**
   * Returns the last day of the period.
   *
   * @return the end date, not null
   */
  public LocalDate endDate() {
    switch (type) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case QUARTER:
        return YearMonth.of(year, part * 3).atEndOfMonth();
      case MONTH:
        return YearMonth.of(year, part).atEndOfMonth();
      default:
        return startDate();
    }
  }

  /**
   * Tells whether a date falls within the period.
   *
   * @param date  the date, not null
   * @return true if the date is between the start and end dates, inclusive
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Compares periods by start date, then the longer first.
   *
   * @param other  the other period, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Period other) {
    int byStart = startDate().compareTo(other.startDate());
    return byStart != 0 ? byStart : type.compareTo(other.type);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Period)) {
      return false;
    }
    Period other = (Period) obj;
    return type == other.type && year == other.year && part == other.part && day == other.day;
  }

  @Override
  public int hashCode() {
    return ((year * 31 + type.ordinal()) * 31 + part) * 32 + day;
  }

  /**
   * Returns the period in SDMX form, which {@link #parse(CharSequence)} reads back.
   *
   * @return the text, such as {@code 2023-Q4}, not null
   */
  @Override
  public String toString() {
    switch (type) {
      case YEAR:
        return Integer.toString(year);
      case QUARTER:
        return year + "-Q" + part;
      case MONTH:
        return year + (part < 10 ? "-0" : "-") + part;
      default:
        return startDate().toString();
    }
  }
}
