package io.github.dxvn.admin;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named group of provinces, such as the 19 provinces of the Central and Central Highlands that the
 * seed article ranks Quảng Trị among.
 *
 * <p>A group either lists its provinces, or is made of disjoint {@linkplain #parts() parts} and has
 * as provinces exactly the union of theirs. The code is SDMX-safe (A-Z, 0-9, {@code _}); names are
 * stored in NFC. Groups are a statistical convenience, distinct from the legal {@link Region}s.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProvinceGroup {

  ProvinceGroup() {}

  /**
   * Returns the group's code, such as {@code CENTRAL_AND_CENTRAL_HIGHLANDS}.
   *
   * @return the code, of A-Z, 0-9 and {@code _}, not null
   */
  public abstract String code();

  /**
   * Returns the Vietnamese name, in NFC.
   *
   * @return the name, not null
   */
  public abstract String nameVi();

  /**
   * Returns the English name.
   *
   * @return the name, not null
   */
  public abstract String nameEn();

  /**
   * Returns the codes of the member provinces, in the order given (for a group of parts, part by
   * part).
   *
   * @return the province codes, not empty, not null
   */
  public abstract Set<AdminUnitCode> provinces();

  /**
   * Returns the disjoint parts the group is made of, empty if it lists its provinces directly.
   *
   * @return the parts, not null
   */
  public abstract List<ProvinceGroup> parts();

  /**
   * Returns where the membership comes from, if recorded.
   *
   * @return the source, not null
   */
  public abstract Optional<String> source();

  /**
   * Returns the number of member provinces.
   *
   * @return the number of provinces, positive
   */
  public int size() {
    return provinces().size();
  }

  /**
   * Checks if a province is a member of this group.
   *
   * @param province  the province code, not null
   * @return true if the province is a member
   * @throws NullPointerException if {@code province} is null
   */
  public boolean contains(AdminUnitCode province) {
    return provinces().contains(Objects.requireNonNull(province, "province"));
  }

  @Value.Check
  ProvinceGroup check() {
    if (!code().matches("[A-Z0-9_]+")) {
      throw new IllegalArgumentException(
          "Invalid value for code (valid values A-Z, 0-9 and _, not empty): " + code());
    }
    if (provinces().isEmpty()) {
      throw new IllegalArgumentException("Invalid value for provinces (valid values not empty): []");
    }
    for (AdminUnitCode p : provinces()) {
      if (p.level() != AdminLevel.PROVINCE) {
        throw new IllegalArgumentException(
            "Invalid value for provinces (valid values 2-digit province codes): " + p);
      }
    }
    if (!parts().isEmpty()) {
      Set<AdminUnitCode> union = new HashSet<>();
      int total = 0;
      for (ProvinceGroup part : parts()) {
        union.addAll(part.provinces());
        total += part.size();
      }
      if (union.size() != total) {
        throw new IllegalArgumentException(
            "Invalid value for parts (valid values disjoint groups): " + partCodes());
      }
      if (!union.equals(provinces())) {
        throw new IllegalArgumentException("Invalid value for provinces (valid values the union of "
            + "parts " + partCodes() + "): " + provinces());
      }
    }
    String vi = Normalizer.normalize(nameVi(), Normalizer.Form.NFC);
    if (!vi.equals(nameVi())) {
      return builder().from(this).nameVi(vi).build();
    }
    return this;
  }

  private List<String> partCodes() {
    return parts().stream().map(ProvinceGroup::code).collect(java.util.stream.Collectors.toList());
  }

  /**
   * Obtains a group that lists its provinces.
   *
   * @param code  the code, A-Z, 0-9 and {@code _}, not null
   * @param nameVi  the Vietnamese name, not null
   * @param nameEn  the English name, not null
   * @param provinces  the province codes, not empty, no nulls, not null
   * @return the group, not null
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the code is malformed, or provinces is empty or holds a code
   *     that is not a province code
   */
  public static ProvinceGroup of(
      String code, String nameVi, String nameEn, Collection<AdminUnitCode> provinces) {
    return builder().code(code).nameVi(nameVi).nameEn(nameEn)
        .addAllProvinces(Objects.requireNonNull(provinces, "provinces")).build();
  }

  /**
   * Obtains a group made of disjoint parts; its provinces are the union of theirs.
   *
   * @param code  the code, A-Z, 0-9 and {@code _}, not null
   * @param nameVi  the Vietnamese name, not null
   * @param nameEn  the English name, not null
   * @param parts  the parts, not empty, pairwise disjoint, no nulls, not null
   * @return the group, not null
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the code is malformed, parts is empty or two parts share a
   *     province
   */
  public static ProvinceGroup ofParts(
      String code, String nameVi, String nameEn, List<ProvinceGroup> parts) {
    Objects.requireNonNull(parts, "parts");
    Set<AdminUnitCode> union = new LinkedHashSet<>();
    for (ProvinceGroup part : parts) {
      union.addAll(Objects.requireNonNull(part, "parts element").provinces());
    }
    return builder().code(code).nameVi(nameVi).nameEn(nameEn).addAllParts(parts)
        .addAllProvinces(union).build();
  }

  /**
   * Returns a builder of groups.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ProvinceGroup}; {@code build()} throws the exceptions the class doc names. */
  public static class Builder extends ImmutableProvinceGroup.Builder {
    /** Constructs an empty builder; prefer {@link ProvinceGroup#builder()}. */
    public Builder() {}
  }
}
