// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateWindow;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The rules that hold for every value of a kind wherever it appears in a dataset, so that a
 * dataset that validates can always be evaluated and reported on:
 * <ul>
 *   <li>every date and instant is inside the {@link DateWindow} ({@code dataset.value.dateOutsideWindow});</li>
 *   <li>every text, map keys included, is well-formed Unicode: no lone surrogate, which no UTF-8
 *       file can hold ({@code dataset.value.malformedText});</li>
 *   <li>no amount of money is negative ({@code dataset.value.negativeMoney});</li>
 *   <li>no duration is longer than {@link #MAX_DURATION} ({@code dataset.value.durationTooLong}).</li>
 * </ul>
 *
 * <p>The values are found by walking the records reflectively, with the paths they have in the
 * document (record component names are the JSON property names). Null values, which constraints
 * report, are skipped.
 */
final class DatasetValues {

    /** The longest duration a dataset holds, such as an SLA target: 366 days. */
    static final Duration MAX_DURATION = Duration.ofDays(366);

    /** The components of each record type met, with their accessors, found once. */
    private static final Map<Class<?>, List<Accessor>> RECORDS = new ConcurrentHashMap<>();

    private DatasetValues() {
    }

    /** Returns the violations of the value rules anywhere in a dataset. */
    static Stream<Violation> check(Dataset dataset) {
        List<Violation> found = new ArrayList<>();
        walk(JsonPaths.ROOT, dataset, found::add);
        return found.stream();
    }

    private static void walk(String path, Object value, Consumer<Violation> found) {
        if (value == null || value instanceof Enum<?> || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof String text) {
            text(path, text, found);
        } else if (value instanceof LocalDate day) {
            if (!DateWindow.contains(day)) {
                found.accept(outsideWindow(path).rejecting(day.toString()));
            }
        } else if (value instanceof Instant instant) {
            if (!DateWindow.contains(instant)) {
                found.accept(outsideWindow(path).rejecting(instant.toString()));
            }
        } else if (value instanceof Money money) {
            if (money.isNegative()) {
                found.accept(Violation.of(path, "dataset.value.negativeMoney", Map.of()).rejecting(money.toString()));
            }
        } else if (value instanceof Duration duration) {
            if (duration.compareTo(MAX_DURATION) > 0) {
                found.accept(Violation.of(path, "dataset.value.durationTooLong", Map.of("max", MAX_DURATION.toString()))
                        .rejecting(duration.toString()));
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> walk(path, present, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(JsonPaths.index(path, i), list.get(i), found);
            }
        } else if (value instanceof Collection<?> collection) {
            // A set keeps no order of the document's, so its elements are reported at the set itself.
            collection.forEach(element -> walk(path, element, found));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> {
                String name = String.valueOf(key);
                if (key instanceof String text && !isWellFormed(text)) {
                    found.accept(Violation.of(path, "dataset.value.malformedText", Map.of()).rejecting(text));
                } else {
                    walk(JsonPaths.property(path, name), element, found);
                }
            });
        } else if (value instanceof Record record) {
            for (Accessor accessor : RECORDS.computeIfAbsent(record.getClass(), DatasetValues::accessors)) {
                walk(JsonPaths.property(path, accessor.name()), accessor.get(record), found);
            }
        }
    }

    private static Violation outsideWindow(String path) {
        return Violation.of(path, "dataset.value.dateOutsideWindow",
                Map.of("first", DateWindow.FIRST_DAY.toString(), "last", DateWindow.LAST_DAY.toString()));
    }

    private static void text(String path, String text, Consumer<Violation> found) {
        if (!isWellFormed(text)) {
            found.accept(Violation.of(path, "dataset.value.malformedText", Map.of()).rejecting(text));
        }
    }

    /** Returns whether every surrogate of a text is half of a pair. */
    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<Accessor> accessors(Class<?> type) {
        List<Accessor> accessors = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.add(new Accessor(component.getName(), component.getAccessor()));
        }
        return List.copyOf(accessors);
    }

    /** A record component's JSON name and accessor. */
    private record Accessor(String name, Method method) {
        Object get(Record record) {
            try {
                return method.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }
}
