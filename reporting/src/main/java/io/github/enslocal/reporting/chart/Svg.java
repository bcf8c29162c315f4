// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

/**
 * An SVG image drawn by this package, ready to be placed inline in an HTML report.
 *
 * <p>The element has no {@code xmlns}: HTML parsers put inline {@code <svg>} in the SVG namespace
 * themselves, and the reports hold no URL at all.
 *
 * <p>Only this package creates instances, after escaping every text it was given, which is why the
 * HTML templates may insert the markup without escaping it again. The image carries
 * {@code role="img"}, a {@code <title>} and a {@code <desc>} as its text alternative; the report
 * shows the same data as a table next to it. This class is immutable and thread-safe.
 */
public final class Svg {

    private final String markup;

    Svg(String markup) {
        this.markup = markup;
    }

    /**
     * Returns the SVG markup, an {@code <svg>} element.
     *
     * @return the markup
     */
    public String markup() {
        return markup;
    }

    /**
     * Returns the SVG markup.
     *
     * @return the markup
     */
    @Override
    public String toString() {
        return markup;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Svg svg && svg.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }
}
