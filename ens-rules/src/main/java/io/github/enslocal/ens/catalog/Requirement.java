// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.internal.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one cell of the Anexo II table requires: whether the base measure applies, the reinforcements
 * required with it, and the groups from which exactly one reinforcement must be chosen.
 *
 * <p>Every cell is self-contained: it lists everything required at its column and is not a delta on
 * the column before it. This class is immutable and thread-safe.
 *
 * @param applies whether the base measure is required ({@code false} for an {@code n.a.} cell)
 * @param reinforcements the reinforcements required, sorted
 * @param oneOf the choices, each requiring one of its reinforcements, in table order
 */
public record Requirement(boolean applies, List<ReinforcementId> reinforcements, List<OneOf> oneOf) {

    private static final Requirement NOT_APPLICABLE = new Requirement(false, List.of(), List.of());
    private static final Requirement BASE = new Requirement(true, List.of(), List.of());

    /**
     * Creates a requirement, sorting and copying the reinforcements.
     *
     * @param applies whether the base measure is required
     * @param reinforcements the required reinforcements; null means none
     * @param oneOf the choices; null means none
     * @throws NullPointerException if an element is null
     * @throws IllegalArgumentException if a cell that does not apply requires reinforcements, a
     *     reinforcement is listed twice, or a required reinforcement is also a choice
     */
    public Requirement {
        reinforcements = reinforcements == null ? List.of()
                : reinforcements.stream().map(id -> Objects.requireNonNull(id, "reinforcement")).sorted().toList();
        oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
        if (!applies && (!reinforcements.isEmpty() || !oneOf.isEmpty())) {
            throw new IllegalArgumentException("A cell that does not apply cannot require reinforcements, got "
                    + parts(reinforcements, oneOf, Locale.ENGLISH));
        }
        List<ReinforcementId> mentioned = Stream.concat(reinforcements.stream(),
                oneOf.stream().flatMap(group -> group.choices().stream())).toList();
        if (Set.copyOf(mentioned).size() != mentioned.size()) {
            throw new IllegalArgumentException("A cell lists a reinforcement twice: " + parts(reinforcements, oneOf, Locale.ENGLISH));
        }
    }

    /**
     * Returns the requirement of an {@code n.a.} cell.
     *
     * @return the requirement that nothing applies
     */
    public static Requirement notApplicable() {
        return NOT_APPLICABLE;
    }

    /**
     * Returns the requirement of an {@code aplica} cell: the base measure alone.
     *
     * @return the base requirement
     */
    public static Requirement base() {
        return BASE;
    }

    /**
     * Obtains the requirement of a cell that applies with reinforcements.
     *
     * @param reinforcements the required reinforcements
     * @param oneOf the choices
     * @return the requirement
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a reinforcement is listed twice
     */
    public static Requirement of(List<ReinforcementId> reinforcements, List<OneOf> oneOf) {
        return new Requirement(true, Objects.requireNonNull(reinforcements, "reinforcements"),
                Objects.requireNonNull(oneOf, "oneOf"));
    }

    /**
     * Returns every reinforcement this cell mentions, required or offered as a choice.
     *
     * @return the reinforcements, sorted
     */
    public List<ReinforcementId> mentioned() {
        return Stream.concat(reinforcements.stream(), oneOf.stream().flatMap(group -> group.choices().stream()))
                .sorted().toList();
    }

    /**
     * Returns whether this cell requires nothing less than another: it applies if the other does,
     * requires each reinforcement the other requires, and for each choice of the other either
     * offers a choice among some of its members only (the same choice or a narrower one) or
     * requires one of its members.
     *
     * <p>The Anexo II table is not covering everywhere: {@code op.pl.1} requires R1 (análisis de
     * riesgos semiformal) at MEDIA and R2 (análisis de riesgos formal) instead at ALTA.
     *
     * @param other the other cell, not null
     * @return true if this cell is at least as demanding
     */
    public boolean covers(Requirement other) {
        return (applies || !other.applies)
                && reinforcements.containsAll(other.reinforcements)
                && other.oneOf.stream().allMatch(group ->
                        oneOf.stream().anyMatch(own -> group.choices().containsAll(own.choices()))
                        || group.choices().stream().anyMatch(reinforcements::contains));
    }

    /**
     * Returns the cell in the short form reports print after the measure id, in a language.
     *
     * @param locale the language, not null: Catalan, Spanish, or English for any other
     * @return e.g. {@code "+ R8 + R9 + one of [R1, R2, R3, R4]"} in English, the empty string for
     *     the base measure alone, or {@code "n.a."}
     */
    public String describe(Locale locale) {
        if (!applies) {
            return Texts.of(locale).get("requirement.notApplicable");
        }
        return parts(reinforcements, oneOf, locale);
    }

    private static String parts(List<ReinforcementId> reinforcements, List<OneOf> oneOf, Locale locale) {
        return Stream.concat(reinforcements.stream().map(Reinforcement::label),
                        oneOf.stream().map(group -> group.describe(locale)))
                .map(part -> "+ " + part)
                .collect(Collectors.joining(" "));
    }

    /**
     * Returns the cell in the short form, in English.
     *
     * @return {@link #describe(Locale)} in English
     */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
