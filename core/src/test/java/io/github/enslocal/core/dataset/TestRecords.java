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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
                DatasetCheck.uniqueIds("things", Dataset::things, "id", Thing::id),
                DatasetCheck.uniqueIds("others", Dataset::others, "id", Other::id),
                DatasetCheck.references("others", Dataset::others, "thingId", Other::thingId,
                        "things", d -> d.things().stream().map(Thing::id).toList())),
                options);
    }
}
