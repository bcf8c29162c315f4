// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.util.List;

/**
 * What a part of a chart means, which sets its colour: the same meaning has the same colour in every
 * report, and a failing part is never green.
 *
 * <p>Colours come from the Okabe and Ito palette, which readers with any common colour-vision
 * deficiency can tell apart; {@link #FAILED} is also striped with white, so that it reads in grey print
 * and without colour at all. Every chart that uses tones draws a legend naming each part.
 */
public enum Tone {
    /** Meets what is required (a compliant measure, a finished action): blue. */
    MET("#0072b2"),
    /** Meets it in part or is under way (partially compliant, in progress): sky blue. */
    PARTLY_MET("#56b4e9"),
    /** Meets it by other means (a compensating measure): reddish purple. */
    MET_OTHERWISE("#cc79a7"),
    /** Fails it (non-compliant): vermillion, striped with white. */
    FAILED("#d55e00"),
    /** Not known or not started yet (not assessed, planned): yellow. */
    PENDING("#f0e442"),
    /** Set aside (excluded, cancelled): grey. */
    SET_ASIDE("#999999"),
    /**
     * One of several categories without a meaning of good or bad (types of expense): coloured by
     * its position among the parts, from the whole palette.
     */
    CATEGORY("");

    /** The Okabe and Ito colours, in the order parts of {@link #CATEGORY} take them. */
    private static final List<String> CATEGORIES = List.of(
            "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000");

    private final String color;

    Tone(String color) {
        this.color = color;
    }

    /**
     * Returns the colour of a part: its own, or for {@link #CATEGORY} the colour of its position
     * (colours repeat past eight parts, and the legend's order tells them apart).
     *
     * @param position the part's position among the chart's parts, from 0
     * @return an SVG colour, e.g. {@code "#0072b2"}
     */
    String color(int position) {
        return this == CATEGORY ? CATEGORIES.get(position % CATEGORIES.size()) : color;
    }

    /**
     * Returns whether parts of this tone are striped with white as well as coloured.
     *
     * @return true for {@link #FAILED}
     */
    boolean striped() {
        return this == FAILED;
    }
}
