// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart, one bar per item, such as the compliance index of each municipality.
 * Bars keep the order given, or are {@linkplain #ranked() ranked by value}. This class is immutable and thread-safe.
 *
 * @param id the element id, unique in the page: lower-case letters, digits and hyphens
 * @param title the accessible name, shown as the chart's tooltip
 * @param description the text alternative, e.g. a one-sentence summary of what the bars show
 * @param maximum the value of a full-width bar, greater than zero (e.g. 100 for percentages)
 * @param bars the bars
 */
public record BarChart(String id, String title, String description, BigDecimal maximum, List<Bar> bars) {

    private static final double WIDTH = 640;
    private static final double LABEL_WIDTH = 220;
    private static final double BAR_WIDTH = 340;
    private static final double ROW = 28;
    private static final double BAR_HEIGHT = 20;
    private static final String BAR_FILL = "#0072b2";
    private static final String INK = "#1a1a1a";

    /**
     * Creates a chart, checking its id and scale.
     *
     * @param id the element id
     * @param title the accessible name
     * @param description the text alternative
     * @param maximum the value of a full-width bar
     * @param bars the bars
     * @throws NullPointerException if any argument or bar is null
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens
     *     starting with a letter, or {@code maximum} is not positive
     */
    public BarChart {
        SvgMarkup.checkLabels(id, title, description);
        Objects.requireNonNull(maximum, "maximum");
        if (maximum.signum() <= 0) {
            throw new IllegalArgumentException(
                    "Invalid bar chart maximum " + maximum + ", expected a positive value, e.g. 100");
        }
        bars = List.copyOf(bars);
    }

    /**
     * Returns the scale of a chart from its largest value: that value, or 1 when none is positive,
     * so that a chart of zeros still draws.
     *
     * @param largest the largest value, not null
     * @return a positive maximum for the chart
     */
    public static BigDecimal scale(BigDecimal largest) {
        return largest.signum() > 0 ? largest : BigDecimal.ONE;
    }

    /**
     * Returns the scale of a chart of counts, as {@link #scale(BigDecimal)}.
     *
     * @param largest the largest count
     * @return a positive maximum for the chart
     */
    public static BigDecimal scale(long largest) {
        return scale(BigDecimal.valueOf(largest));
    }

    /**
     * Returns this chart with its bars ranked: the largest value first, bars of equal value in the
     * order given (so that a caller who gives them by name has ties by name).
     *
     * @return the ranked chart
     */
    public BarChart ranked() {
        return new BarChart(id, title, description, maximum,
                bars.stream().sorted(Comparator.comparing(Bar::value).reversed()).toList());
    }

    /**
     * Draws the chart. Values above {@link #maximum()} are drawn as full-width bars; labels longer
     * than 28 characters are cut, and the full text is in the bar's tooltip.
     *
     * @return the SVG image
     */
    public Svg toSvg() {
        double height = ROW * bars.size() + 16;
        SvgMarkup svg = SvgMarkup.start(id, title, description, WIDTH, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 8 + ROW * i;
            double share = Math.min(1, bar.value().doubleValue() / maximum.doubleValue());
            double length = BAR_WIDTH * share;
            svg.text(LABEL_WIDTH - 8, y + BAR_HEIGHT / 2, "end", INK, SvgMarkup.shorten(bar.label(), 28))
                    .rect(LABEL_WIDTH, y, length, BAR_HEIGHT, BAR_FILL, bar.label() + ": " + bar.valueText())
                    .text(LABEL_WIDTH + length + 6, y + BAR_HEIGHT / 2, "start", INK, bar.valueText());
        }
        return svg.end();
    }

    /**
     * One bar.
     *
     * @param label what the bar stands for, e.g. a municipality name
     * @param value its length in the chart's units, zero or more
     * @param valueText the value as the report shows it, e.g. {@code "85,0 %"}
     */
    public record Bar(String label, BigDecimal value, String valueText) {

        /**
         * Creates the bar of a count.
         *
         * @param label what the bar stands for
         * @param count the count, zero or more
         * @param text how the report writes a count, e.g. {@code values::integer}
         * @return the bar
         */
        public static Bar ofCount(String label, long count, LongFunction<String> text) {
            return new Bar(label, BigDecimal.valueOf(count), text.apply(count));
        }

        /**
         * Creates a bar.
         *
         * @param label what the bar stands for
         * @param value its length, zero or more
         * @param valueText the value as shown
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(valueText, "valueText");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("Invalid bar value " + value + " for '" + label
                        + "', expected zero or more, e.g. 85.0");
            }
        }
    }
}
