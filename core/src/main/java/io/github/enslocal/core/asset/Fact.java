// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

/**
 * What is known about a yes-or-no security property of an asset, such as whether its disk is
 * encrypted.
 *
 * <p>"Unknown" is a state of its own, distinct from "no": an inventory that has not recorded a
 * property says nothing about it, and compliance rules must be able to report the gap in knowledge
 * separately from a known failure.
 */
public enum Fact {
    /** The property is known to hold. */
    YES,
    /** The property is known not to hold. */
    NO,
    /** Nothing is recorded about the property. */
    UNKNOWN;

    /**
     * Obtains the known fact for a boolean.
     *
     * @param value whether the property holds
     * @return {@link #YES} if {@code value} is true, otherwise {@link #NO}
     */
    public static Fact of(boolean value) {
        return value ? YES : NO;
    }

    /**
     * Returns whether something is recorded about the property.
     *
     * @return true for {@link #YES} and {@link #NO}, false for {@link #UNKNOWN}
     */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
