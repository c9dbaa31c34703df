package io.github.dxvn.csv.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dxvn.csv.CsvDiagnostic.Severity;
import io.github.dxvn.csv.CsvDialect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates a header and finds the column of each field; names match ignoring case. */
public final class Headers {

  private Headers() {}

  /**
   * Returns the names of a header record as cells.
   *
   * @param header  the record, not null
   * @param dialect  the dialect, not null
   * @param labels  true to cut SDMX labels ({@code REF_AREA: Reference area} is {@code REF_AREA})
   * @return the names, not null
   */
  public static List<String> names(CsvRecord header, CsvDialect dialect, boolean labels) {
    List<String> names = new ArrayList<>(header.getFieldCount());
    for (String raw : header.getFields()) {
      String name = CsvTable.cell(raw, dialect);
      int colon = labels ? name.indexOf(':') : -1;
      names.add(colon < 0 ? name : name.substring(0, colon).strip());
    }
    return names;
  }

  /**
   * Finds the column of each field.
   *
   * @param names  the header names, not null
   * @param line  the header's line
   * @param known  the field of each column name, lower case, not null
   * @param required  the fields that must be present, not null
   * @param unknown  the severity of a diagnostic about an unknown column, or null to say nothing
   * @param diagnostics  where problems go, not null
   * @return the column of each field by ordinal (-1 if absent), or null if a required one is missing
   */
  public static int[] resolve(List<String> names, long line, Map<String, Field> known, Set<Field> required,
      Severity unknown, Diagnostics diagnostics) {
    int[] columns = new int[Field.values().length];
    Arrays.fill(columns, -1);
    Map<String, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String key = name.toLowerCase(Locale.ROOT);
      Integer earlier = seen.putIfAbsent(key, i);
      if (earlier != null) {
        diagnostics.error(line, i + 1, "duplicate column \"" + name + "\" (also column " + (earlier + 1) + ")", name);
        ok = false;
        continue;
      }
      Field field = known.get(key);
      if (field != null) {
        columns[field.ordinal()] = i;
      } else if (unknown != null) {
        diagnostics.add(line, i + 1, unknown, "unknown column \"" + name + "\" ignored (known columns: "
            + String.join(", ", known.keySet().stream().sorted().collect(Collectors.toList())) + ")", name);
      }
    }
    for (Field field : required) {
      if (columns[field.ordinal()] < 0) {
        String expected = known.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey)
            .sorted().collect(Collectors.joining(" or "));
        diagnostics.error(line, 0, "missing required column " + expected + " in the header", String.join(",", names));
        ok = false;
      }
    }
    return ok ? columns : null;
  }
}
