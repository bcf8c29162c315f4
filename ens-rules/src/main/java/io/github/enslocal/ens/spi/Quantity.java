// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import java.util.Objects;

/**
 * A count of things, as a finding's argument: the text puts the number before the noun of its
 * unit, singular or plural, in the reader's language ({@code "2 portàtils"}, {@code "1 server"}).
 *
 * <p>The noun is the template {@code unit.<unit>.one} (for 1) or {@code unit.<unit>.other} of the
 * finding's {@link FindingTexts}, or of the built-in ones, which define the units {@code asset},
 * {@code server}, {@code virtual-server}, {@code desktop}, {@code laptop}, {@code mobile},
 * {@code tablet}, {@code network-device}, {@code printer}, {@code storage-device},
 * {@code software-product}, {@code cloud-service} and {@code incident}. This class is immutable and
 * thread-safe.
 *
 * @param count how many, zero or more
 * @param unit what is counted, e.g. {@code "laptop"}
 */
public record Quantity(long count, String unit) {

    /**
     * Creates a quantity.
     *
     * @param count how many, zero or more
     * @param unit the unit, not blank
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code count} is negative or {@code unit} is blank
     */
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (count < 0 || unit.isBlank()) {
            throw new IllegalArgumentException("Invalid quantity " + count + " '" + unit
                    + "', expected a count of zero or more and a unit, e.g. 2 'laptop'");
        }
    }

    /**
     * Returns the key of the unit's noun for this count.
     *
     * @return e.g. {@code "unit.laptop.other"}
     */
    String nounKey() {
        return "unit." + unit + (count == 1 ? ".one" : ".other");
    }

    /**
     * Returns the quantity as a short text for logs.
     *
     * @return e.g. {@code "2 laptop"}
     */
    @Override
    public String toString() {
        return count + " " + unit;
    }
}
