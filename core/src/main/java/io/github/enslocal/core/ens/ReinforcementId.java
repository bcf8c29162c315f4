// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of a reinforcement (refuerzo) of an Anexo II measure, such as {@code op.acc.6.r2}.
 *
 * <p>Ids sort by measure, then by number. This class is immutable and thread-safe.
 *
 * @param measure the measure reinforced
 * @param number the reinforcement number within the measure, 1 to 99
 */
public record ReinforcementId(MeasureId measure, int number) implements Comparable<ReinforcementId> {

    private static final Pattern FORM = Pattern.compile("(.+)\\.[rR]([1-9][0-9]?)");

    /**
     * Creates an id, checking its parts.
     *
     * @param measure the measure reinforced
     * @param number the reinforcement number, 1 to 99, the range the text form allows
     * @throws NullPointerException if {@code measure} is null
     * @throws IllegalArgumentException if {@code number} is not from 1 to 99
     */
    public ReinforcementId {
        Objects.requireNonNull(measure, "measure");
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException(
                    "Invalid reinforcement number " + number + " of " + measure + ", expected 1 to 99");
        }
    }

    /**
     * Obtains a reinforcement id from its text.
     *
     * @param text the id, e.g. {@code "op.acc.6.r2"}; the {@code r} may be upper case and
     *     surrounding white space is ignored
     * @return the id
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not of the form of a reinforcement id
     */
    public static ReinforcementId parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = FORM.matcher(text.trim());
        if (matcher.matches() && MeasureId.hasForm(matcher.group(1))) {
            return new ReinforcementId(new MeasureId(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        throw new IllegalArgumentException(
                "Invalid reinforcement id '" + text + "', expected e.g. 'op.acc.6.r2'");
    }

    @Override
    public int compareTo(ReinforcementId other) {
        int byMeasure = measure.compareTo(other.measure);
        return byMeasure != 0 ? byMeasure : Integer.compare(number, other.number);
    }

    /**
     * Returns the id in its canonical form, which {@link #parse(String)} accepts.
     *
     * @return the id, e.g. {@code "op.acc.6.r2"}
     */
    @Override
    public String toString() {
        return measure + ".r" + number;
    }
}
