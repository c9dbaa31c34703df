package io.github.dxvn.csv.internal;

/**
 * Gives one {@code String} per distinct character sequence, so that a file of millions of rows with a
 * few thousand codes allocates a few thousand strings. Bounded: once full, it makes new strings.
 */
final class StringPool {

  private static final int MAX_SIZE = 1 << 18;

  private String[] table = new String[1024];
  private int size;

  /**
   * Returns the string of a character range.
   *
   * @return the pooled string, or null if the range holds a character from U+0300 on, which
   *     normalisation to NFC might change
   */
  String get(char[] buf, int offset, int length) {
    int hash = 0;
    char any = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = buf[i];
      hash = 31 * hash + c;
      any |= c;
    }
    if (any >= 0x300) {
      // Some character is at least U+0300 (the bits of an OR are at least those of each).
      if (!below(buf, offset, length)) {
        return null;
      }
    }
    int mask = table.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (true) {
      String candidate = table[slot];
      if (candidate == null) {
        String made = new String(buf, offset, length);
        if (size < MAX_SIZE) {
          table[slot] = made;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return made;
      }
      if (candidate.hashCode() == hash && same(candidate, buf, offset, length)) {
        return candidate;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds a string made elsewhere, so that {@link #get} gives that instance for its characters.
   *
   * @param s  the string, not null
   */
  void add(String s) {
    if (size >= MAX_SIZE) {
      return;
    }
    int hash = s.hashCode();
    int mask = table.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (table[slot] != null) {
      if (table[slot].equals(s)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = s;
    if (++size * 2 > table.length) {
      grow();
    }
  }

  private static boolean below(char[] buf, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (buf[i] >= 0x300) {
        return false;
      }
    }
    return true;
  }

  static boolean same(String s, char[] buf, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != buf[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s != null) {
        int hash = s.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = s;
      }
    }
  }
}
