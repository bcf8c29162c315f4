// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes SVG markup with every text and attribute value escaped and every number in a fixed
 * {@code Locale.ROOT} form, so that the same chart always gives the same bytes.
 */
final class SvgMarkup {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final double STRIPE_WIDTH = 1.5;
    private static final double STRIPE_GAP = 5;

    private final StringBuilder text = new StringBuilder(4096);

    /** Opens the root element with its accessible name and description. */
    static SvgMarkup start(String id, String title, String description, double width, double height) {
        checkId(id);
        SvgMarkup svg = new SvgMarkup();
        svg.text.append("<svg role=\"img\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" font-family=\"").append(escape(FONT)).append("\" font-size=\"12\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>\n");
        return svg;
    }

    /**
     * Draws a part of a chart in the colour of its tone and, for a striped tone, white vertical
     * stripes over it: plain rectangles, so that the image refers to nothing, not even a pattern.
     */
    SvgMarkup part(double x, double y, double width, double height, Tone tone, int position, String tooltip) {
        rect(x, y, width, height, tone.color(position), tooltip);
        if (tone.striped()) {
            for (double stripe = x + STRIPE_GAP / 2; stripe + STRIPE_WIDTH <= x + width; stripe += STRIPE_GAP) {
                text.append("<rect x=\"").append(number(stripe)).append("\" y=\"").append(number(y))
                        .append("\" width=\"").append(number(STRIPE_WIDTH)).append("\" height=\"").append(number(height))
                        .append("\" fill=\"#ffffff\" fill-opacity=\"0.7\"/>\n");
            }
        }
        return this;
    }

    SvgMarkup rect(double x, double y, double width, double height, String fill, String tooltip) {
        text.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"").append(fill).append('"');
        if (tooltip.isEmpty()) {
            text.append("/>\n");
        } else {
            text.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    SvgMarkup text(double x, double y, String anchor, String fill, String content) {
        text.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill)
                .append("\" dominant-baseline=\"middle\">").append(escape(content)).append("</text>\n");
        return this;
    }

    Svg end() {
        return new Svg(text.append("</svg>").toString());
    }

    /** Checks the id, accessible name and text alternative every chart has. */
    static void checkLabels(String id, String title, String description) {
        checkId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    private static void checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid chart id '" + id
                    + "', expected lower-case letters, digits and hyphens starting with a letter, e.g. 'compliance-by-municipality'");
        }
    }

    /** Returns a number with at most two decimals, rounded half up, without exponent or trailing zeros. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Returns a label cut to at most {@code max} characters, ending with an ellipsis when cut. */
    static String shorten(String label, int max) {
        if (label.codePointCount(0, label.length()) <= max) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * Returns text safe in XML content and in double- or single-quoted attributes: markup characters
     * become character references and characters XML 1.0 forbids become U+FFFD.
     */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
