// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A rule over a whole dataset, such as "ids are unique" or "references resolve", that single
 * records cannot check on their own.
 *
 * <p>Checks run after every element has been converted, so they see the whole aggregate; that
 * aggregate may still break Jakarta constraints (those are reported too), so a check must accept
 * null or blank values where a constraint forbids them, and leave them to the constraint.
 *
 * @param <R> the type of the dataset
 */
@FunctionalInterface
interface DatasetCheck<R> {

    /** Returns the violations of this rule in a dataset, none if it holds. */
    Stream<Violation> check(R dataset);

    /**
     * Returns a check that no two elements of a list share an id. Each repeat is reported at its
     * id property with the path of the first element that has it; null ids are left to
     * {@code @NotBlank}.
     *
     * @param list the JSON name of the list, e.g. {@code "assets"}
     * @param elements the list in a dataset
     * @param idProperty the JSON name of the id, e.g. {@code "id"}
     * @param id the id of an element
     */
    static <R, E> DatasetCheck<R> uniqueIds(String list, Function<R, List<E>> elements, String idProperty,
            Function<E, ?> id) {
        Objects.requireNonNull(idProperty, "idProperty");
        return dataset -> {
            List<E> all = elements.apply(dataset);
            Map<Object, Integer> first = new HashMap<>();
            return IntStream.range(0, all.size()).boxed().flatMap(i -> {
                Object value = id.apply(all.get(i));
                Integer earlier = value == null ? null : first.putIfAbsent(value, i);
                return earlier == null ? Stream.empty() : Stream.of(Violation.of(
                        JsonPaths.property(elementPath(list, i), idProperty), "dataset.id.duplicate",
                        Map.of("first", elementPath(list, earlier))).rejecting(value));
            });
        };
    }

    /**
     * Returns a check that every reference from the elements of one list names an element of
     * another. A reference may be a single value, an {@code Optional} (empty is no reference) or a
     * collection (each element is a reference, reported at its index); null is left to
     * {@code @NotNull}.
     *
     * @param list the JSON name of the referring list, e.g. {@code "assets"}
     * @param elements the referring list in a dataset
     * @param property the JSON name of the reference, e.g. {@code "owner"}
     * @param reference the reference or references of an element
     * @param target the JSON name of the list referred to, e.g. {@code "municipalities"}
     * @param targetIds the ids that may be referred to in a dataset
     */
    static <R, E> DatasetCheck<R> references(String list, Function<R, List<E>> elements, String property,
            Function<E, ?> reference, String target, Function<R, ? extends Collection<?>> targetIds) {
        Map<String, String> arguments = Map.of("target", JsonPaths.property(JsonPaths.ROOT, target));
        return dataset -> {
            Set<?> known = new HashSet<>(targetIds.apply(dataset));
            List<E> all = elements.apply(dataset);
            return IntStream.range(0, all.size()).boxed().flatMap(i -> {
                String path = JsonPaths.property(elementPath(list, i), property);
                Object value = reference.apply(all.get(i));
                if (value instanceof Optional<?> optional) {
                    value = optional.orElse(null);
                }
                if (value instanceof Collection<?> many) {
                    List<?> items = new ArrayList<>(many);
                    return IntStream.range(0, items.size())
                            .filter(k -> !known.contains(items.get(k)))
                            .mapToObj(k -> Violation.of(JsonPaths.index(path, k), "dataset.reference.unresolved",
                                    arguments).rejecting(items.get(k)));
                }
                return value == null || known.contains(value) ? Stream.empty()
                        : Stream.of(Violation.of(path, "dataset.reference.unresolved", arguments).rejecting(value));
            });
        };
    }

    private static String elementPath(String list, int index) {
        return JsonPaths.index(JsonPaths.property(JsonPaths.ROOT, list), index);
    }
}
