// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.internal.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A choice among alternative reinforcements of one measure, written {@code [R1 o R2]} in the Anexo
 * II table: exactly one of them is required, and a stronger one may be chosen.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param choices the alternatives, at least two, of one measure, sorted by number
 */
public record OneOf(List<ReinforcementId> choices) {

    /**
     * Creates a choice, sorting the alternatives.
     *
     * @param choices the alternatives
     * @throws NullPointerException if {@code choices} or an element is null
     * @throws IllegalArgumentException if there are fewer than two distinct alternatives, or they
     *     reinforce different measures
     */
    public OneOf {
        choices = choices.stream().map(choice -> Objects.requireNonNull(choice, "choice")).sorted().toList();
        if (choices.size() < 2 || choices.stream().distinct().count() != choices.size()) {
            throw new IllegalArgumentException("Invalid one-of group " + choices + ", expected two or more distinct reinforcements");
        }
        if (choices.stream().map(ReinforcementId::measure).distinct().count() != 1) {
            throw new IllegalArgumentException("Invalid one-of group " + choices + ", expected reinforcements of one measure");
        }
    }

    /**
     * Obtains a choice among some alternatives.
     *
     * @param choices the alternatives, at least two of one measure
     * @return the choice
     * @throws NullPointerException if {@code choices} or an element is null
     * @throws IllegalArgumentException if there are fewer than two distinct alternatives, or they
     *     reinforce different measures
     */
    public static OneOf of(ReinforcementId... choices) {
        return new OneOf(List.of(choices));
    }

    /**
     * Returns whether a reinforcement is one of the alternatives.
     *
     * @param reinforcement the reinforcement, not null
     * @return true if it may be chosen
     */
    public boolean contains(ReinforcementId reinforcement) {
        return choices.contains(reinforcement);
    }

    /**
     * Returns the choice in the short form reports print, in a language.
     *
     * @param locale the language, not null: Catalan, Spanish, or English for any other
     * @return e.g. {@code "one of [R1, R2, R3, R4]"} in English
     */
    public String describe(Locale locale) {
        return Texts.of(locale).get("requirement.oneOf",
                Map.of("choices", choices.stream().map(Reinforcement::label).collect(Collectors.joining(", "))));
    }

    /**
     * Returns the choice in the short form, in English.
     *
     * @return {@link #describe(Locale)} in English
     */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
