// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index kept as numerator and denominator, as CCN-STIC 815 (2014, §6.1) recommends, so that
 * indices of several systems or municipalities aggregate exactly: (n1 + n2) / (d1 + d2).
 *
 * <p>The text form is {@code "numerator/denominator"}, e.g. {@code "37/52"}. This class is
 * immutable and thread-safe.
 *
 * @param numerator the numerator, 0 to {@code denominator}
 * @param denominator the denominator, 0 or more; 0 means there was nothing to measure
 */
public record Ratio(long numerator, long denominator) {

    /** The ratio of nothing measured, 0/0. */
    public static final Ratio ZERO = new Ratio(0, 0);

    private static final Pattern FORM = Pattern.compile("([0-9]{1,18})/([0-9]{1,18})");

    /**
     * Creates a ratio.
     *
     * @param numerator 0 to {@code denominator}
     * @param denominator 0 or more
     * @throws IllegalArgumentException if {@code numerator} is negative or above {@code denominator}
     */
    public Ratio {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("Invalid ratio " + numerator + "/" + denominator
                    + ", expected 0 ≤ numerator ≤ denominator, e.g. 37/52");
        }
    }

    /**
     * Obtains a ratio.
     *
     * @param numerator 0 to {@code denominator}
     * @param denominator 0 or more
     * @return the ratio
     * @throws IllegalArgumentException if {@code numerator} is negative or above {@code denominator}
     */
    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /**
     * Obtains a ratio from its text form.
     *
     * @param text e.g. {@code "37/52"}
     * @return the ratio
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not of the form, or its numbers are out
     *     of range
     */
    public static Ratio parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid ratio '" + text + "', expected e.g. '37/52'");
        }
        return new Ratio(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    /**
     * Returns the sum of this ratio and another, term by term.
     *
     * @param other the other ratio, not null
     * @return {@code (numerator + other.numerator) / (denominator + other.denominator)}
     * @throws ArithmeticException if a sum overflows
     */
    public Ratio plus(Ratio other) {
        return new Ratio(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /**
     * Returns whether there was nothing to measure.
     *
     * @return true if the denominator is 0
     */
    public boolean isEmpty() {
        return denominator == 0;
    }

    /**
     * Returns the ratio as a percentage rounded half-even to one decimal.
     *
     * @return e.g. {@code 71.2} for 37/52, or empty if the denominator is 0
     */
    public Optional<BigDecimal> percentage() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the text form, which {@link #parse(String)} accepts.
     *
     * @return e.g. {@code "37/52"}
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
