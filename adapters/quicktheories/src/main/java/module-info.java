/**
 * dxvn QuickTheories generators: a {@code Gen<T>} for every public dxvn domain type, valid by
 * default, with named variants for invalid values, so that users' property tests and dxvn's own draw
 * from the same source. The entry point is {@link io.github.dxvn.quicktheories.DxvnGens}.
 */
module io.github.dxvn.quicktheories {
  requires transitive io.github.dxvn.core;
  // QuickTheories 0.26 has no module descriptor nor Automatic-Module-Name: the name derives from
  // its jar, quicktheories-0.26.jar.
  requires transitive quicktheories;
  requires tech.units.indriya;

  exports io.github.dxvn.quicktheories;
}
