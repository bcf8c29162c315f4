// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
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

/** Test-only records shaped like the domain: ids, value types, Optionals, enums, nested lists. */
final class TestRecords {

    static final String VERSION = "1.0";

    private TestRecords() {
    }

    enum Kind { DESKTOP, LAPTOP, SERVER }

    record Part(@NotBlank String name, @Positive int count, Optional<ReinforcementId> reinforcement) {
        Part {
            reinforcement = reinforcement == null ? Optional.empty() : reinforcement;
        }
    }

    record Thing(
            @NotBlank @Size(max = 64) String id,
            @NotNull IneCode owner,
            @NotNull Kind kind,
            Optional<@Size(max = 40) String> label,
            Optional<LocalDate> supportEndsOn,
            List<@NotNull MeasureId> measures,
            List<@Valid Part> parts,
            Optional<@Valid Part> mainPart,
            DimensionLevels levels,
            @PositiveOrZero int units) {

        Thing {
            label = label == null ? Optional.empty() : label;
            supportEndsOn = supportEndsOn == null ? Optional.empty() : supportEndsOn;
            measures = measures == null ? List.of() : List.copyOf(measures);
            parts = parts == null ? List.of() : List.copyOf(parts);
            mainPart = mainPart == null ? Optional.empty() : mainPart;
            levels = levels == null ? DimensionLevels.none() : levels;
        }

        /** A derived value that must not be written: it is not a component. */
        public boolean isServer() {
            return kind == Kind.SERVER;
        }

        /** A getter-named derived value that must not be written either. */
        public String getDisplayName() {
            return id + " (" + owner + ")";
        }
    }

    record Other(
            @NotBlank String id,
            @NotBlank String thingId,
            Optional<DateRange> period,
            Set<ReinforcementId> reinforcements,
            Map<IneCode, Integer> counts,
            Optional<Instant> reportedAt) {

        Other {
            period = period == null ? Optional.empty() : period;
            reinforcements = reinforcements == null ? Set.of() : Set.copyOf(reinforcements);
            counts = counts == null ? Map.of() : Map.copyOf(counts);
            reportedAt = reportedAt == null ? Optional.empty() : reportedAt;
        }
    }

    record Dataset(String formatVersion, List<Thing> things, List<Other> others) {
        Dataset {
            things = things == null ? List.of() : List.copyOf(things);
            others = others == null ? List.of() : List.copyOf(others);
        }
    }

    static DocumentCodec<Dataset> codec() {
        return codec(DatasetReadOptions.defaults());
    }

    static DocumentCodec<Dataset> codec(DatasetReadOptions options) {
        return new DocumentCodec<>(Dataset.class, "formatVersion", Set.of(VERSION), List.of(
                uniqueIds("things", Dataset::things, "id", Thing::id),
                uniqueIds("others", Dataset::others, "id", Other::id),
                references("others", Dataset::others, "thingId", Other::thingId,
                        "things", d -> d.things().stream().map(Thing::id).toList())),
                options);
    }

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
    private static <R, E> DatasetCheck<R> uniqueIds(String list, Function<R, List<E>> elements, String idProperty,
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
    private static <R, E> DatasetCheck<R> references(String list, Function<R, List<E>> elements, String property,
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
