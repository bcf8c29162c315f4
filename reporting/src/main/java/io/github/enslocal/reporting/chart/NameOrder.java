// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.chart;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order in which reports list names for a reader to look one up: alphabetical, ignoring case and
 * accents ("Òdena" among the O, "Avinyó" before "Balsareny"), then by the exact text so that the
 * order is total.
 *
 * <p>The order is fixed here rather than taken from the JDK's collators, whose rules change between
 * Java releases, so that the same report is byte-identical on every JDK.
 */
public final class NameOrder {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Comparator<String> ORDER = Comparator.comparing(NameOrder::key)
            .thenComparing(Comparator.naturalOrder());

    private NameOrder() {
    }

    /**
     * Returns the order of names.
     *
     * @return a comparator consistent with {@code equals}; it throws {@code NullPointerException} on
     *     a null name
     */
    public static Comparator<String> comparator() {
        return ORDER;
    }

    private static String key(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
