package io.github.dxvn.legal;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link DocumentNumber#parseLenient(CharSequence)}: the document number and notes on
 * what was normalised to read it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParsedDocumentNumber {

  private final DocumentNumber documentNumber;
  private final List<String> notes;

  private ParsedDocumentNumber(DocumentNumber documentNumber, List<String> notes) {
    this.documentNumber = documentNumber;
    this.notes = notes;
  }

  /**
   * Obtains a result from its parts.
   *
   * @param documentNumber  the document number read, not null
   * @param notes  what was normalised, one sentence each, not null, no null elements
   * @return the result, not null
   * @throws NullPointerException if a parameter or a note is null
   */
  public static ParsedDocumentNumber of(DocumentNumber documentNumber, List<String> notes) {
    Objects.requireNonNull(documentNumber, "documentNumber");
    return new ParsedDocumentNumber(documentNumber, List.copyOf(Objects.requireNonNull(notes, "notes")));
  }

  /**
   * Returns the document number read.
   *
   * @return the document number, not null
   */
  public DocumentNumber documentNumber() {
    return documentNumber;
  }

  /**
   * Returns what was normalised or noticed, such as "read type code 'QD' as 'QĐ'".
   *
   * @return the notes, not null, unmodifiable, empty if the text was already canonical
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns whether the text needed any normalisation or carries a warning.
   *
   * @return true if there is at least one note
   */
  public boolean isInterpreted() {
    return !notes.isEmpty();
  }

  /**
   * Checks whether this result equals another: same number and notes.
   *
   * @param obj  the object to compare with, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ParsedDocumentNumber
        && documentNumber.equals(((ParsedDocumentNumber) obj).documentNumber)
        && notes.equals(((ParsedDocumentNumber) obj).notes);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(documentNumber, notes);
  }

  /**
   * Returns the canonical document number followed by the notes, such as
   * {@code 749/QĐ-TTg [read type code 'QD' as 'QĐ']}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return notes.isEmpty() ? documentNumber.toString() : documentNumber + " " + notes;
  }
}
