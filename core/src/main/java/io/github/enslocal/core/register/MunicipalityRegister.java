// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.register;

import io.github.enslocal.core.territory.IneCode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The register of Spain's municipalities: INE codes, official names, provinces, autonomous
 * communities and population, with the comarca and vegueria of Catalonia's municipalities.
 *
 * <p>{@link #bundled()} returns the register shipped with this library: the INE figures at
 * 1 January 2025 for all 8,132 municipalities and the Idescat comarques of Catalonia's 947. The
 * sources and caveats are described in the README next to the bundled resources.
 *
 * <p>Implementations are immutable and thread-safe; every list they return is in ascending order
 * of INE code.
 */
public interface MunicipalityRegister {

    /**
     * Returns the register bundled with this library, loading it on first use and caching it.
     *
     * @return the bundled register
     * @throws IllegalStateException if a bundled resource is missing or malformed
     */
    static MunicipalityRegister bundled() {
        return BundledRegister.get();
    }

    /**
     * Obtains a register holding some entries, for example a test fixture or a newer INE release.
     *
     * @param entries the entries, with distinct codes
     * @return the register
     * @throws NullPointerException if {@code entries} or one of them is null
     * @throws IllegalArgumentException if two entries have the same code
     */
    static MunicipalityRegister of(Collection<RegisterEntry> entries) {
        return new IndexedRegister(entries);
    }

    /**
     * Returns the entry of a municipality.
     *
     * @param code the INE code, not null
     * @return the entry, or empty if the register has no municipality with that code
     */
    Optional<RegisterEntry> find(IneCode code);

    /**
     * Returns the municipalities of a comarca of Catalonia.
     *
     * @param comarca the comarca name as Idescat writes it, e.g. {@code "Bages"}, in any case
     * @return its municipalities, or an empty list if no municipality is in a comarca of that name
     */
    List<RegisterEntry> byComarca(String comarca);

    /**
     * Returns the municipalities of a province.
     *
     * @param provinceCode the two-digit province code, 01 to 52, e.g. {@code "08"}
     * @return its municipalities, possibly none
     * @throws IllegalArgumentException if {@code provinceCode} is not a province code
     */
    List<RegisterEntry> byProvince(String provinceCode);

    /**
     * Returns the names of the comarques the municipalities are in.
     *
     * @return the comarca names in ascending {@link String#compareTo} order
     */
    SortedSet<String> comarques();

    /**
     * Returns every entry.
     *
     * @return the entries in ascending order of INE code
     */
    List<RegisterEntry> all();

    /**
     * Returns the number of municipalities in the register.
     *
     * @return the number of entries
     */
    int size();

    /**
     * Returns whether a display name agrees with the register's name for a code, as
     * {@link RegisterEntry#nameAgrees(String)} defines it.
     *
     * @param code the INE code, not null
     * @param displayName the name to check, e.g. {@code "els Alamús"}, not null
     * @return true if the register has the code and its name agrees with {@code displayName};
     *     false otherwise, including when the code is not in the register
     * @throws NullPointerException if either argument is null
     */
    default boolean nameAgrees(IneCode code, String displayName) {
        Objects.requireNonNull(displayName, "displayName");
        return find(code).map(entry -> entry.nameAgrees(displayName)).orElse(false);
    }
}
