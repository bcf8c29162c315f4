// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The levels assigned to the five security dimensions, where a dimension may be unassigned.
 *
 * <p>"Not assigned" (Anexo I point 3: "no se adscribirá a ningún nivel") is the absence of a level,
 * distinct from {@link SecurityLevel#BAJO}. The text form lists the assigned dimensions in C, I, T,
 * A, D order, e.g. {@code C=MEDIO,I=BAJO,D=BAJO}; the empty value is the empty string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param levels the level of each assigned dimension; unassigned dimensions are absent
 */
public record DimensionLevels(Map<Dimension, SecurityLevel> levels) {

    private static final DimensionLevels NONE = new DimensionLevels(Map.of());

    /**
     * Creates a value from a map, copying it.
     *
     * @param levels the level of each assigned dimension; null means none
     * @throws NullPointerException if the map holds a null key or value
     */
    public DimensionLevels {
        EnumMap<Dimension, SecurityLevel> copy = new EnumMap<>(Dimension.class);
        if (levels != null) {
            levels.forEach((dimension, level) -> copy.put(
                    Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(level, "level")));
        }
        levels = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the value in which no dimension is assigned.
     *
     * @return the empty value
     */
    public static DimensionLevels none() {
        return NONE;
    }

    /**
     * Obtains a value from a map of levels.
     *
     * @param levels the level of each assigned dimension
     * @return the value
     * @throws NullPointerException if {@code levels} or one of its keys or values is null
     */
    public static DimensionLevels of(Map<Dimension, SecurityLevel> levels) {
        return new DimensionLevels(Objects.requireNonNull(levels, "levels"));
    }

    /**
     * Obtains a value from its text form.
     *
     * @param text assignments separated by commas, e.g. {@code "C=MEDIO,I=BAJO"}; dimensions by
     *     letter, levels by name in any case; the empty string assigns nothing
     * @return the value
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if an assignment is malformed, names an unknown dimension or
     *     level, or assigns a dimension twice
     */
    public static DimensionLevels parse(String text) {
        Objects.requireNonNull(text, "text");
        EnumMap<Dimension, SecurityLevel> levels = new EnumMap<>(Dimension.class);
        if (text.isBlank()) {
            return NONE;
        }
        for (String assignment : text.split(",", -1)) {
            String[] parts = assignment.split("=", -1);
            if (parts.length != 2) {
                throw invalid(text, "'" + assignment + "' is not of the form dimension=level");
            }
            Dimension dimension;
            try {
                dimension = Dimension.parse(parts[0]);
            } catch (IllegalArgumentException e) {
                throw invalid(text, "'" + parts[0] + "' is not one of C, I, T, A, D");
            }
            SecurityLevel level = parseLevel(text, parts[1]);
            if (levels.put(dimension, level) != null) {
                throw invalid(text, "dimension " + dimension.letter() + " is given twice");
            }
        }
        return new DimensionLevels(levels);
    }

    private static SecurityLevel parseLevel(String text, String level) {
        for (SecurityLevel candidate : SecurityLevel.values()) {
            if (candidate.name().equalsIgnoreCase(level.trim())) {
                return candidate;
            }
        }
        throw invalid(text, "'" + level + "' is not one of BAJO, MEDIO, ALTO");
    }

    private static IllegalArgumentException invalid(String text, String problem) {
        return new IllegalArgumentException("Invalid dimension levels '" + text + "': " + problem
                + ", expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'");
    }

    /**
     * Returns the level of a dimension.
     *
     * @param dimension the dimension, not null
     * @return the level, or empty if the dimension is not assigned
     */
    public Optional<SecurityLevel> level(Dimension dimension) {
        return Optional.ofNullable(levels.get(Objects.requireNonNull(dimension, "dimension")));
    }

    /**
     * Returns the dimensions that have a level.
     *
     * @return the assigned dimensions, in C, I, T, A, D order
     */
    public Set<Dimension> assigned() {
        return levels.keySet();
    }

    /**
     * Returns whether no dimension has a level.
     *
     * @return true if every dimension is unassigned
     */
    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /**
     * Returns the highest level of any dimension.
     *
     * @return the highest level, or empty if no dimension is assigned
     */
    public Optional<SecurityLevel> highest() {
        return levels.values().stream().max(Enum::compareTo);
    }

    /**
     * Returns the highest level among some dimensions, ignoring those not assigned.
     *
     * @param dimensions the dimensions to consider, not null
     * @return the highest level among them, or empty if none of them is assigned
     */
    public Optional<SecurityLevel> highestOf(Set<Dimension> dimensions) {
        return dimensions.stream().map(levels::get).filter(Objects::nonNull).max(Enum::compareTo);
    }

    /**
     * Returns a copy with one dimension set to a level.
     *
     * @param dimension the dimension, not null
     * @param level the level, not null
     * @return the new value
     */
    public DimensionLevels with(Dimension dimension, SecurityLevel level) {
        EnumMap<Dimension, SecurityLevel> copy = new EnumMap<>(Dimension.class);
        copy.putAll(levels);
        copy.put(Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(level, "level"));
        return new DimensionLevels(copy);
    }

    /**
     * Returns the per-dimension maximum of this value and another (Anexo I point 3 aggregation): a
     * dimension is assigned in the result if it is assigned in either.
     *
     * @param other the other value, not null
     * @return the maximum
     */
    public DimensionLevels max(DimensionLevels other) {
        EnumMap<Dimension, SecurityLevel> copy = new EnumMap<>(Dimension.class);
        copy.putAll(levels);
        other.levels.forEach((dimension, level) -> copy.merge(dimension, level,
                (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return new DimensionLevels(copy);
    }

    /**
     * Returns the text form, which {@link #parse(String)} accepts.
     *
     * @return e.g. {@code "C=MEDIO,I=BAJO,D=BAJO"}, or the empty string when nothing is assigned
     */
    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(",");
        levels.forEach((dimension, level) -> joiner.add(dimension.letter() + "=" + level.name()));
        return joiner.toString();
    }
}
