// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a security measure of RD 311/2022 Anexo II, such as {@code op.acc.6} or
 * {@code org.1}.
 *
 * <p>An id is a framework ({@code org}, {@code op} or {@code mp}), a group within it for the
 * {@code op} and {@code mp} frameworks (such as {@code acc}), and a number. Whether the id names a
 * measure that exists is the catalog's concern; this type checks only the form.
 *
 * <p>Ids sort by framework in the order of the Anexo (org, op, mp), then by group name, then by
 * number. This class is immutable and thread-safe.
 *
 * @param value the id in its canonical lower-case form, e.g. {@code "op.exp.1"}
 */
public record MeasureId(String value) implements Comparable<MeasureId> {

    private static final Pattern FORM = Pattern.compile("(org)\\.([1-9][0-9]?)|(op|mp)\\.([a-z]{1,4})\\.([1-9][0-9]?)");

    /**
     * Creates an id, checking its form.
     *
     * @param value the id, e.g. {@code "op.exp.1"}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not of the form of a measure id
     */
    public MeasureId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Invalid measure id '" + value + "', expected e.g. 'op.acc.1' or 'org.1'");
        }
    }

    /**
     * Obtains a measure id from its text.
     *
     * @param text the id, e.g. {@code "mp.info.6"}; surrounding white space is ignored
     * @return the id
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not of the form of a measure id
     */
    public static MeasureId parse(String text) {
        Objects.requireNonNull(text, "text");
        return new MeasureId(text.trim());
    }

    /**
     * Returns the framework of this measure.
     *
     * @return {@code "org"}, {@code "op"} or {@code "mp"}
     */
    public String framework() {
        return value.substring(0, value.indexOf('.'));
    }

    /**
     * Returns the group of this measure as the Anexo II names it: {@code "org"} for the
     * organisational framework, otherwise framework and group, e.g. {@code "op.acc"}.
     *
     * @return the group
     */
    public String group() {
        return value.substring(0, value.lastIndexOf('.'));
    }

    /**
     * Returns the number of this measure within its group.
     *
     * @return the number, 1 or more
     */
    public int number() {
        return Integer.parseInt(value.substring(value.lastIndexOf('.') + 1));
    }

    /**
     * Returns the id of one of this measure's reinforcements.
     *
     * @param number the reinforcement number, 1 to 99
     * @return the reinforcement id, e.g. {@code op.acc.6.r2}
     * @throws IllegalArgumentException if {@code number} is not from 1 to 99
     */
    public ReinforcementId reinforcement(int number) {
        return new ReinforcementId(this, number);
    }

    @Override
    public int compareTo(MeasureId other) {
        // Without substrings: ids are compared for every measure of every system evaluated.
        if (value.equals(other.value)) {
            return 0;
        }
        int byFramework = Integer.compare(frameworkRank(value), frameworkRank(other.value));
        if (byFramework != 0) {
            return byFramework;
        }
        int groupEnd = value.lastIndexOf('.');
        int otherGroupEnd = other.value.lastIndexOf('.');
        int byGroup = compareRegions(value, groupEnd, other.value, otherGroupEnd);
        return byGroup != 0 ? byGroup
                : Integer.compare(numberAfter(value, groupEnd), numberAfter(other.value, otherGroupEnd));
    }

    /** Ranks the framework in Anexo II order: org, op, mp. */
    private static int frameworkRank(String value) {
        return value.charAt(0) == 'm' ? 2 : value.charAt(1) == 'p' ? 1 : 0;
    }

    /** Compares two prefixes as {@link String#compareTo(String)} compares them as strings. */
    private static int compareRegions(String a, int aLength, String b, int bLength) {
        for (int i = 0; i < Math.min(aLength, bLength); i++) {
            int byChar = Character.compare(a.charAt(i), b.charAt(i));
            if (byChar != 0) {
                return byChar;
            }
        }
        return Integer.compare(aLength, bLength);
    }

    private static int numberAfter(String value, int dot) {
        int number = 0;
        for (int i = dot + 1; i < value.length(); i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    /** The value's hash code, which {@link String} caches, in place of the record's generic one. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the id in its canonical form, which {@link #parse(String)} accepts.
     *
     * @return the id, e.g. {@code "op.exp.1"}
     */
    @Override
    public String toString() {
        return value;
    }

    static boolean hasForm(String text) {
        return FORM.matcher(text).matches();
    }
}
