// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars, one per item, each split into the same series, with one legend: for example the
 * actions of an adequacy plan per group of measures, split by state. All bars share one scale (the
 * longest total fills the width), so their lengths compare. This class is immutable and thread-safe.
 *
 * <p>Each series is coloured by its {@link Tone} and named in the legend; each segment's tooltip
 * names the bar, the series and the value, and each bar ends with its total as text.
 *
 * @param id the element id, unique in the page: lower-case letters, digits and hyphens
 * @param title the accessible name
 * @param description the text alternative
 * @param series the parts every bar is split into, in drawing and legend order
 * @param bars the bars, in the order given
 */
public record StackedBarsChart(String id, String title, String description, List<Series> series, List<Bar> bars) {

    private static final double WIDTH = 640;
    private static final double LABEL_WIDTH = 200;
    private static final double BAR_WIDTH = 380;
    private static final double ROW = 28;
    private static final double BAR_HEIGHT = 20;
    private static final double LEGEND_ROW = 20;
    private static final String INK = "#1a1a1a";

    /**
     * Creates a chart, checking its shape.
     *
     * @param id the element id
     * @param title the accessible name
     * @param description the text alternative
     * @param series the series names
     * @param bars the bars
     * @throws NullPointerException if any argument, series or bar is null
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens
     *     starting with a letter, or a bar has not one value per series
     */
    public StackedBarsChart {
        SvgMarkup.checkLabels(id, title, description);
        series = List.copyOf(series);
        bars = List.copyOf(bars);
        for (Bar bar : bars) {
            if (bar.values().size() != series.size()) {
                throw new IllegalArgumentException("Invalid stacked bar '" + bar.label() + "': it has "
                        + bar.values().size() + " values, expected one per series (" + series.size() + ")");
            }
        }
    }

    /**
     * Draws the chart: one row per bar, then one legend line per series. Labels longer than 26
     * characters are cut; the full text is in each segment's tooltip.
     *
     * @return the SVG image
     */
    public Svg toSvg() {
        double legendTop = 8 + ROW * bars.size() + 8;
        SvgMarkup svg = SvgMarkup.start(id, title, description, WIDTH, legendTop + LEGEND_ROW * series.size());
        long longest = bars.stream().mapToLong(Bar::total).max().orElse(0);
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            double y = 8 + ROW * b;
            svg.text(LABEL_WIDTH - 8, y + BAR_HEIGHT / 2, "end", INK, SvgMarkup.shorten(bar.label(), 26));
            long before = 0;
            for (int s = 0; s < series.size(); s++) {
                StackedBarChart.Segment segment = bar.values().get(s);
                if (segment.value() > 0) {
                    // Edges come from running totals so that rounding never leaves a gap or overlap.
                    double start = LABEL_WIDTH + BAR_WIDTH * before / longest;
                    double end = LABEL_WIDTH + BAR_WIDTH * (before + segment.value()) / longest;
                    svg.part(start, y, end - start, BAR_HEIGHT, series.get(s).tone(), s,
                            bar.label() + " · " + series.get(s).name() + ": " + segment.valueText());
                }
                before += segment.value();
            }
            double after = longest == 0 ? LABEL_WIDTH : LABEL_WIDTH + BAR_WIDTH * before / longest;
            svg.text(after + 6, y + BAR_HEIGHT / 2, "start", INK, bar.totalText());
        }
        for (int s = 0; s < series.size(); s++) {
            double y = legendTop + LEGEND_ROW * s;
            svg.part(LABEL_WIDTH, y, 12, 12, series.get(s).tone(), s, "")
                    .text(LABEL_WIDTH + 20, y + 6, "start", INK, series.get(s).name());
        }
        return svg.end();
    }

    /**
     * One of the parts every bar is split into.
     *
     * @param name what the part stands for, e.g. a state of an action
     * @param tone what it means, which sets its colour
     */
    public record Series(String name, Tone tone) {

        /**
         * Creates a series.
         *
         * @param name what the part stands for
         * @param tone what it means
         * @throws NullPointerException if an argument is null
         */
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /**
     * One bar.
     *
     * @param label what the bar stands for, e.g. a group of measures
     * @param values one part per series, in series order; each part's label and tone are ignored in
     *     favour of the series', its value text goes into the tooltip
     * @param totalText the bar's total as the report shows it, written after the bar
     */
    public record Bar(String label, List<StackedBarChart.Segment> values, String totalText) {

        /**
         * Creates a bar.
         *
         * @param label what the bar stands for
         * @param values one part per series
         * @param totalText the total as shown
         * @throws NullPointerException if any argument or part is null
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            Objects.requireNonNull(totalText, "totalText");
        }

        /**
         * Returns the sum of the parts.
         *
         * @return the total, zero or more
         */
        public long total() {
            return values.stream().mapToLong(StackedBarChart.Segment::value).sum();
        }
    }
}
