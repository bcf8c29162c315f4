// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.categorization;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.internal.text.Texts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of categorising an information system (RD 311/2022 Anexo I point 4.1): its category
 * is the highest level of any dimension, mapped BAJO→BÁSICA, MEDIO→MEDIA, ALTO→ALTA, and
 * unassigned dimensions are ignored.
 *
 * <p>When no dimension has a level the Anexo defines no category. That outcome is a value too,
 * not an exception: {@link #isComplete()} is false, {@link #category()} is empty and
 * {@link #reason()} says why, so a caller such as a report or an evaluator can record "not
 * categorised" for the system and carry on. Callers that cannot go on without a category use
 * {@link #orElseThrow()}. It never defaults to BÁSICA.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param levels the system's level in each dimension, after aggregation over its information and
 *     services
 */
public record Categorization(DimensionLevels levels) {

    /**
     * Creates the categorisation of some levels.
     *
     * @param levels the levels, not null
     * @throws NullPointerException if {@code levels} is null
     */
    public Categorization {
        Objects.requireNonNull(levels, "levels");
    }

    /**
     * Returns whether the levels give a category, that is whether some dimension has a level.
     *
     * @return true if {@link #category()} is present
     */
    public boolean isComplete() {
        return !levels.isEmpty();
    }

    /**
     * Returns the category.
     *
     * @return the category, or empty if no dimension has a level
     */
    public Optional<Category> category() {
        return levels.highest().map(SecurityLevel::category);
    }

    /**
     * Returns the category of a complete categorisation.
     *
     * @return the category
     * @throws IllegalStateException if no dimension has a level; the message is {@link #reason()}
     */
    public Category orElseThrow() {
        return category().orElseThrow(() -> new IllegalStateException(reason()));
    }

    /**
     * Returns the dimensions whose level decides the category: those at the highest level.
     *
     * @return the dimensions, in C, I, T, A, D order; empty if no dimension has a level
     */
    public Set<Dimension> decisiveDimensions() {
        Optional<SecurityLevel> highest = levels.highest();
        EnumSet<Dimension> decisive = EnumSet.noneOf(Dimension.class);
        highest.ifPresent(level -> levels.levels().forEach((dimension, value) -> {
            if (value == level) {
                decisive.add(dimension);
            }
        }));
        return Collections.unmodifiableSet(decisive);
    }

    /**
     * Returns why the category is what it is, as a sentence reports print.
     *
     * @return e.g. {@code "MEDIA because C=MEDIO is the highest level"}, {@code "ALTA because
     *     I=ALTO and D=ALTO are the highest levels"}, or, when incomplete, {@code "No category: no
     *     dimension has a level, and Anexo I defines no category for that case"}
     */
    public String reason() {
        return reason(Locale.ENGLISH);
    }

    /**
     * Returns why the category is what it is, as a sentence reports print, in a language.
     *
     * @param locale the language, not null: Catalan, Spanish, or English for any other
     * @return the sentence {@link #reason()} gives in English
     */
    public String reason(Locale locale) {
        Texts text = Texts.of(locale);
        Optional<Category> category = category();
        if (category.isEmpty()) {
            return text.get("categorization.none");
        }
        Set<Dimension> decisive = decisiveDimensions();
        String assignments = decisive.stream()
                .map(dimension -> dimension.letter() + "=" + category.get().level().name())
                .collect(Collectors.joining(text.get("categorization.and")));
        return text.get(decisive.size() == 1 ? "categorization.one" : "categorization.many",
                Map.of("category", category.get().officialName(), "assignments", assignments));
    }

    /**
     * Returns the reason.
     *
     * @return {@link #reason()}
     */
    @Override
    public String toString() {
        return reason();
    }
}
