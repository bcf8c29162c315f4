// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The INE code of a Spanish municipality: five digits, two for the province (01 to 52) and three
 * for the municipality within it (001 to 999), such as {@code 08113} for Manresa.
 *
 * <p>Whether a code names a municipality that exists is the register's concern; this type checks
 * only the form. Codes sort by their text. This class is immutable and thread-safe.
 *
 * @param value the five-digit code
 */
public record IneCode(String value) implements Comparable<IneCode> {

    private static final Pattern FORM = Pattern.compile("(0[1-9]|[1-4][0-9]|5[0-2])(?!000)[0-9]{3}");

    /**
     * Creates a code, checking its form.
     *
     * @param value the five-digit code, e.g. {@code "08113"}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not five digits with a province from 01
     *     to 52 and a municipality from 001 to 999
     */
    public IneCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid INE code '" + value
                    + "', expected 5 digits with a province from 01 to 52, e.g. '08113'");
        }
    }

    /**
     * Obtains a code from its text.
     *
     * @param text the code, e.g. {@code "08113"}; surrounding white space is ignored
     * @return the code
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not a well-formed INE code
     */
    public static IneCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new IneCode(text.trim());
    }

    /**
     * Obtains a code from its province and municipality numbers.
     *
     * @param province the province number, 1 to 52
     * @param municipality the municipality number within the province, 1 to 999
     * @return the code
     * @throws IllegalArgumentException if either number is out of range
     */
    public static IneCode of(int province, int municipality) {
        if (province < 1 || province > 52 || municipality < 1 || municipality > 999) {
            throw new IllegalArgumentException("Invalid INE code parts province " + province
                    + " and municipality " + municipality + ", expected 1-52 and 1-999");
        }
        return new IneCode(String.format(Locale.ROOT, "%02d%03d", province, municipality));
    }

    /**
     * Returns the two-digit province code.
     *
     * @return the province code, e.g. {@code "08"}
     */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    @Override
    public int compareTo(IneCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the five-digit code, which {@link #parse(String)} accepts.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
