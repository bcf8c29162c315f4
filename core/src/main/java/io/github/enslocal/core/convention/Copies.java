// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Immutable copies the compact constructors make of the collections they are given. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Copies into an enum set so that iteration, and hence JSON output, follows declaration order. */
    static <E extends Enum<E>> Set<E> enumSet(Collection<E> set, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (set != null) {
            copy.addAll(set);
        }
        return Collections.unmodifiableSet(copy);
    }
}
