// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A body that supports town halls with their digital administration: a consell comarcal, a
 * diputació, a consortium or another body.
 *
 * <p>The territory a body serves is described by an optional comarca and a set of province codes;
 * the municipalities it actually serves are listed by their INE codes, because not every
 * municipality of a comarca or province needs to take its services.
 *
 * <p>The constructor only normalises: null collections become empty, null optionals become empty,
 * and the sets are copied in ascending order (so output is deterministic). The constraints are
 * checked by validation. This class is immutable and thread-safe.
 *
 * @param id the id other records use to refer to this body, e.g. {@code "cc-bages"}
 * @param name the name, e.g. {@code "Consell Comarcal del Bages"}
 * @param kind the kind of body
 * @param comarca the comarca it serves, e.g. {@code "Bages"}, or empty if it serves no single one
 * @param provinceCodes the two-digit codes of the provinces it serves, e.g. {@code "08"}; may be
 *     empty
 * @param municipalities the INE codes of the municipalities it serves
 */
public record SupportBody(
        @NotBlank @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull SupportBodyKind kind,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 100) String> comarca,
        Set<@NotNull @Pattern(regexp = "0[1-9]|[1-4][0-9]|5[0-2]",
                message = "must be a province code from 01 to 52, e.g. '08'") String> provinceCodes,
        Set<@NotNull IneCode> municipalities) {

    /**
     * Creates a support body, normalising absent values and copying the sets in order.
     *
     * @param id the id
     * @param name the name
     * @param kind the kind
     * @param comarca the comarca; null means none
     * @param provinceCodes the province codes; null means none
     * @param municipalities the municipalities served; null means none
     */
    public SupportBody {
        comarca = comarca == null ? Optional.empty() : comarca;
        provinceCodes = sortedCopy(provinceCodes);
        municipalities = sortedCopy(municipalities);
    }

    /**
     * Returns whether this body serves a municipality.
     *
     * @param code the INE code of the municipality, not null
     * @return true if {@code code} is one of {@link #municipalities()}
     */
    public boolean serves(IneCode code) {
        return municipalities.contains(Objects.requireNonNull(code, "code"));
    }

    // Keeps null elements, which validation reports, rather than failing here.
    private static <T extends Comparable<? super T>> Set<T> sortedCopy(Set<T> values) {
        if (values == null) {
            return Set.of();
        }
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }
}
