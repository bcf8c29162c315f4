// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in euros, kept to the cent.
 *
 * <p>The amount is a {@link BigDecimal} with a scale of exactly 2. Where a value must be brought to
 * cents (only in {@link #of(BigDecimal)} and the canonical constructor), it is rounded with
 * {@link RoundingMode#HALF_EVEN} (banker's rounding); {@link #parse(String)} never rounds and
 * {@link #plus(Money)} and {@link #minus(Money)} are exact. There is deliberately no factory taking
 * a {@code double}: binary floating point cannot hold most cent values exactly.
 *
 * <p>Amounts may be negative (a difference, a refund) and are limited to 15 digits before the
 * decimal point, far above any public budget. The text form is a plain decimal with two
 * decimals, e.g. {@code 1234.56} or {@code -0.50}, with no grouping separator and no currency
 * sign. Amounts sort by value, so equality and ordering agree. This class is immutable and
 * thread-safe.
 *
 * @param amount the amount in euros, with a scale of 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** The number of decimals kept: euro cents. */
    private static final int SCALE = 2;
    /** The most digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 15;
    /** The longest text {@link #parse(String)} reads, sign and decimals included. */
    private static final int MAX_TEXT_LENGTH = 1 + MAX_INTEGER_DIGITS + 1 + SCALE;
    private static final Pattern FORM = Pattern.compile("-?[0-9]{1," + MAX_INTEGER_DIGITS + "}(\\.[0-9]{1,2})?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(NaN|Infinity)", Pattern.CASE_INSENSITIVE);
    private static final String EXAMPLE = "e.g. '1234.56'";
    private static final Money ZERO = new Money(BigDecimal.ZERO);

    /**
     * Creates an amount, rounding it to cents with {@link RoundingMode#HALF_EVEN}.
     *
     * @param amount the amount in euros, e.g. {@code new BigDecimal("1234.56")}
     * @throws NullPointerException if {@code amount} is null
     * @throws IllegalArgumentException if {@code amount} has more than 15 digits before the
     *     decimal point
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        if (integerDigits(amount) > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("Invalid amount '" + abbreviate(amount.toString())
                    + "': more than " + MAX_INTEGER_DIGITS + " digits before the decimal point, "
                    + EXAMPLE);
        }
        amount = toCents(amount);
    }

    /**
     * Obtains an amount from a decimal number of euros, rounding it to cents with
     * {@link RoundingMode#HALF_EVEN}: {@code 0.125} becomes {@code 0.12} and {@code 0.135}
     * becomes {@code 0.14}.
     *
     * @param euros the amount in euros
     * @return the amount
     * @throws NullPointerException if {@code euros} is null
     * @throws IllegalArgumentException if {@code euros} has more than 15 digits before the decimal
     *     point
     */
    public static Money of(BigDecimal euros) {
        return new Money(euros);
    }

    /**
     * Obtains an amount of whole euros.
     *
     * @param euros the amount in euros, e.g. {@code 120000}
     * @return the amount
     * @throws IllegalArgumentException if {@code euros} has more than 15 digits
     */
    public static Money of(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    /**
     * Returns the amount of zero euros.
     *
     * @return {@code 0.00}
     */
    public static Money zero() {
        return ZERO;
    }

    /**
     * Obtains an amount from its text form, without rounding.
     *
     * @param text a plain decimal with an optional minus sign, 1 to 15 digits, and optionally a
     *     point followed by 1 or 2 decimals, e.g. {@code "1234.56"}, {@code "-80"} or
     *     {@code "0.5"}; surrounding white space is ignored
     * @return the amount
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not of that form, including texts that
     *     are longer than 19 characters, use an exponent, a grouping separator or a decimal comma,
     *     have more than two decimals, or name a non-finite number such as {@code NaN}
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("Invalid amount '" + abbreviate(trimmed) + "': longer than "
                    + MAX_TEXT_LENGTH + " characters, expected at most " + MAX_INTEGER_DIGITS
                    + " digits and 2 decimals, " + EXAMPLE);
        }
        if (NON_FINITE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(
                    "Invalid amount '" + trimmed + "': not a finite number, expected " + EXAMPLE);
        }
        if (!FORM.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Invalid amount '" + trimmed
                    + "', expected euros with a point and at most 2 decimals, " + EXAMPLE);
        }
        return new Money(new BigDecimal(trimmed));
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other the amount to add, not null
     * @return the exact sum
     * @throws ArithmeticException if the sum has more than 15 digits before the decimal point
     */
    public Money plus(Money other) {
        return exact(amount.add(other.amount));
    }

    /**
     * Returns this amount less another.
     *
     * @param other the amount to subtract, not null
     * @return the exact difference, negative if {@code other} is greater
     * @throws ArithmeticException if the difference has more than 15 digits before the decimal
     *     point
     */
    public Money minus(Money other) {
        return exact(amount.subtract(other.amount));
    }

    /**
     * Returns this amount with the opposite sign.
     *
     * @return the negated amount; zero stays zero
     */
    public Money negated() {
        return new Money(amount.negate());
    }

    /**
     * Returns the smaller of this amount and another.
     *
     * @param other the other amount, not null
     * @return this amount if it is not greater than {@code other}, otherwise {@code other}
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the greater of this amount and another.
     *
     * @param other the other amount, not null
     * @return this amount if it is not less than {@code other}, otherwise {@code other}
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns whether this amount is below zero.
     *
     * @return true if the amount is less than {@code 0.00}
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns whether this amount is zero.
     *
     * @return true if the amount is {@code 0.00}
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Returns whether this amount is above zero.
     *
     * @return true if the amount is greater than {@code 0.00}
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns whether this amount is greater than another.
     *
     * @param other the other amount, not null
     * @return true if this amount is strictly greater
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than another.
     *
     * @param other the other amount, not null
     * @return true if this amount is strictly less
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares this amount with another by value.
     *
     * @param other the other amount, not null
     * @return a negative number, zero or a positive number as this amount is less than, equal to
     *     or greater than {@code other}
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * Returns the text form, which {@link #parse(String)} accepts.
     *
     * @return the amount with two decimals, e.g. {@code "1234.56"} or {@code "-0.50"}
     */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    private static Money exact(BigDecimal sum) {
        if (integerDigits(sum) > MAX_INTEGER_DIGITS) {
            throw new ArithmeticException("Amount " + sum.toPlainString() + " has more than "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        return new Money(sum);
    }

    private static long integerDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    private static BigDecimal toCents(BigDecimal value) {
        // Values below a thousandth round to zero; skipping setScale avoids dividing by a huge
        // power of ten for inputs such as 1E-999999999.
        if (integerDigits(value) < -SCALE) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static String abbreviate(String text) {
        return text.length() <= 2 * MAX_TEXT_LENGTH ? text : text.substring(0, 2 * MAX_TEXT_LENGTH) + "…";
    }
}
