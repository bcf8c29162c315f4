// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.util.List;
import java.util.Objects;

/**
 * One bar split into parts of a whole, with a legend, such as how many measures are compliant,
 * partially compliant, non-compliant or not assessed. This class is immutable and thread-safe.
 *
 * <p>Each part is coloured by its {@link Tone}, so that a colour means the same in every report, and
 * the legend names every part with its value.
 *
 * @param id the element id, unique in the page: lower-case letters, digits and hyphens
 * @param title the accessible name
 * @param description the text alternative
 * @param segments the parts, in the order drawn from left to right
 */
public record StackedBarChart(String id, String title, String description, List<Segment> segments) {

    private static final double WIDTH = 640;
    private static final double BAR_WIDTH = 600;
    private static final double BAR_HEIGHT = 28;
    private static final double LEGEND_ROW = 20;
    private static final String INK = "#1a1a1a";

    /**
     * Creates a chart, checking its id.
     *
     * @param id the element id
     * @param title the accessible name
     * @param description the text alternative
     * @param segments the parts
     * @throws NullPointerException if any argument or segment is null
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens
     *     starting with a letter
     */
    public StackedBarChart {
        SvgMarkup.checkLabels(id, title, description);
        segments = List.copyOf(segments);
    }

    /**
     * Draws the chart: the bar, then one legend line per part. When every part is zero, only the
     * legend is drawn.
     *
     * @return the SVG image
     */
    public Svg toSvg() {
        double height = 20 + BAR_HEIGHT + 12 + LEGEND_ROW * segments.size();
        SvgMarkup svg = SvgMarkup.start(id, title, description, WIDTH, height);
        long total = segments.stream().mapToLong(Segment::value).sum();
        long before = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (total > 0 && segment.value() > 0) {
                // Edges come from running totals so that rounding never leaves a gap or overlap.
                double start = 20 + BAR_WIDTH * before / total;
                double end = 20 + BAR_WIDTH * (before + segment.value()) / total;
                svg.part(start, 10, end - start, BAR_HEIGHT, segment.tone(), i, segment.label() + ": " + segment.valueText());
            }
            before += segment.value();
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            double y = 10 + BAR_HEIGHT + 12 + LEGEND_ROW * i;
            svg.part(20, y, 12, 12, segment.tone(), i, "")
                    .text(40, y + 6, "start", INK, segment.label() + ": " + segment.valueText());
        }
        return svg.end();
    }

    /**
     * One part of the whole.
     *
     * @param label what the part stands for, e.g. a compliance status
     * @param value its size, zero or more
     * @param valueText the value as the report shows it, e.g. {@code "12"}
     * @param tone what the part means, which sets its colour
     */
    public record Segment(String label, long value, String valueText, Tone tone) {

        /**
         * Creates a part.
         *
         * @param label what the part stands for
         * @param value its size, zero or more
         * @param valueText the value as shown
         * @param tone what the part means
         * @throws NullPointerException if {@code label}, {@code valueText} or {@code tone} is null
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Segment {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "valueText");
            Objects.requireNonNull(tone, "tone");
            if (value < 0) {
                throw new IllegalArgumentException("Invalid segment value " + value + " for '" + label
                        + "', expected zero or more, e.g. 12");
            }
        }
    }
}
