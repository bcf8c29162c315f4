// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.profile;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
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
 * One change a compliance profile makes to the Anexo II result for systems of some categories:
 * it adds or removes a measure, or one reinforcement of a measure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param action whether the target is added or removed
 * @param measure the measure changed
 * @param reinforcement the reinforcement changed, or empty if the whole measure is
 * @param categories the system categories for which the change holds, at least one
 * @param reason why the profile makes the change, as a sentence
 * @param source where the change is stated, e.g. a guide and its section
 */
public record ProfileAdjustment(
        Action action,
        MeasureId measure,
        Optional<ReinforcementId> reinforcement,
        Set<Category> categories,
        String reason,
        String source) {

    /** What an adjustment does to its target. */
    public enum Action {
        /** Requires the target: the measure applies, or the reinforcement is required. */
        ADD,
        /** Drops the target: the measure does not apply, or the reinforcement is not required. */
        REMOVE
    }

    /**
     * Creates an adjustment.
     *
     * @param action the action
     * @param measure the measure
     * @param reinforcement the reinforcement, of {@code measure}; null or empty for the measure
     * @param categories the categories, at least one
     * @param reason the reason, not blank
     * @param source the source, not blank
     * @throws NullPointerException if a required argument or a category is null
     * @throws IllegalArgumentException if the reinforcement belongs to another measure, no category
     *     is given, or the reason or source is blank
     */
    public ProfileAdjustment {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        reinforcement = reinforcement == null ? Optional.empty() : reinforcement;
        EnumSet<Category> copy = EnumSet.noneOf(Category.class);
        if (categories != null) {
            categories.forEach(category -> copy.add(Objects.requireNonNull(category, "category")));
        }
        categories = Collections.unmodifiableSet(copy);
        if (reinforcement.isPresent() && !reinforcement.get().measure().equals(measure)) {
            throw new IllegalArgumentException("Reinforcement " + reinforcement.get() + " is not one of " + measure);
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("The adjustment of " + measure + " holds for no category, expected e.g. [MEDIA]");
        }
        if (reason.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("The adjustment of " + measure + " needs a reason and a source");
        }
    }

    /**
     * Returns the id of what is changed.
     *
     * @return the reinforcement id if there is one, e.g. {@code "mp.com.4.r1"}, otherwise the
     *     measure id
     */
    public String target() {
        return reinforcement.map(ReinforcementId::toString).orElse(measure.toString());
    }

    /**
     * Returns whether this adjustment holds for systems of a category.
     *
     * @param category the category, not null
     * @return true if it holds
     */
    public boolean holdsFor(Category category) {
        return categories.contains(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the adjustment as a clause reports print, in a language; the reason and source are the
     * profile's own text.
     *
     * @param locale the language, not null: Catalan, Spanish, or English for any other
     * @return e.g. {@code "adds R1 at MEDIA: <reason> (<source>)"} or {@code "removes op.cont.2 at
     *     BÁSICA, MEDIA: <reason> (<source>)"} in English
     */
    public String describe(Locale locale) {
        return Texts.of(locale).get(action == Action.ADD ? "applicability.profile.adds" : "applicability.profile.removes",
                Map.of("target", reinforcement.map(id -> "R" + id.number()).orElse(measure.toString()),
                        "categories", categories.stream().map(Category::officialName).collect(Collectors.joining(", ")),
                        "reason", reason, "source", source));
    }

    /**
     * Returns the adjustment as a clause in English.
     *
     * @return {@link #describe(Locale)} in English
     */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
