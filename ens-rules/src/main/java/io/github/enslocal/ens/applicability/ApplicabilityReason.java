// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.catalog.Basis;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.internal.text.Texts;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why the Anexo II table gives a measure the cell it gives, as data: which column was used and what
 * decided it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param basis the basis of the measure
 * @param category the system category
 * @param decisiveLevels for a dimension-based measure, the listed dimensions at the highest assigned
 *     level among them, with that level; empty for a category-based measure or when none of the
 *     listed dimensions is assigned
 * @param column the column used, or empty when none of the listed dimensions is assigned
 * @param lowestApplicableColumn the lowest column at which the measure applies at all, or empty if
 *     it applies at none
 */
public record ApplicabilityReason(
        Basis basis,
        Category category,
        Map<Dimension, SecurityLevel> decisiveLevels,
        Optional<Column> column,
        Optional<Column> lowestApplicableColumn) {

    /** What decided the column. */
    public enum Kind {
        /** The system category (category-based measure). */
        CATEGORY,
        /** The highest assigned level among the measure's dimensions. */
        DIMENSION_LEVEL,
        /** Nothing: none of the measure's dimensions is assigned, so the measure does not apply. */
        NO_DIMENSION_ASSIGNED
    }

    /**
     * Creates a reason, copying the levels.
     *
     * @param basis the basis
     * @param category the category
     * @param decisiveLevels the decisive levels; null means none
     * @param column the column; null means none
     * @param lowestApplicableColumn the lowest applicable column; null means none
     * @throws NullPointerException if {@code basis}, {@code category} or a level is null
     */
    public ApplicabilityReason {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(category, "category");
        EnumMap<Dimension, SecurityLevel> copy = new EnumMap<>(Dimension.class);
        if (decisiveLevels != null) {
            decisiveLevels.forEach((dimension, level) -> copy.put(
                    Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(level, "level")));
        }
        decisiveLevels = Collections.unmodifiableMap(copy);
        column = column == null ? Optional.empty() : column;
        lowestApplicableColumn = lowestApplicableColumn == null ? Optional.empty() : lowestApplicableColumn;
    }

    /**
     * Returns what decided the column.
     *
     * @return the kind of reason
     */
    public Kind kind() {
        if (basis.isCategory()) {
            return Kind.CATEGORY;
        }
        return column.isPresent() ? Kind.DIMENSION_LEVEL : Kind.NO_DIMENSION_ASSIGNED;
    }

    /**
     * Returns why the measure applies, as the clause after "because".
     *
     * @return e.g. {@code "the category is MEDIA"}, {@code "T=MEDIO"} or {@code "A=BAJO (highest of
     *     C, I, T, A)"} in English
     */
    String whyApplies(Texts text) {
        if (kind() == Kind.CATEGORY) {
            return text.get("applicability.why.category", Map.of("category", category.officialName()));
        }
        return basis.dimensions().size() == 1 ? decisive()
                : text.get("applicability.why.highestOf", Map.of("levels", decisive(), "dimensions", basis.letters()));
    }

    private String decisive() {
        return decisiveLevels.entrySet().stream()
                .map(entry -> entry.getKey().letter() + "=" + entry.getValue().name())
                .collect(Collectors.joining(", "));
    }

    /**
     * Returns why the measure does not apply, as the clause after "not applicable:".
     *
     * @return e.g. {@code "D is BAJO, the measure applies only from ALTO"} or {@code "T is not
     *     assigned"}
     */
    String whyNot(Texts text) {
        String threshold = lowestApplicableColumn
                .map(lowest -> text.get("applicability.threshold.from", Map.of("column", lowest.heading(basis))))
                .orElse(text.get("applicability.threshold.none"));
        Map<String, String> values = new HashMap<>(Map.of("category", category.officialName(), "threshold", threshold,
                "dimensions", basis.letters(), "levels", decisive()));
        column.ifPresent(used -> values.put("level", used.level().name()));
        boolean one = basis.dimensions().size() == 1;
        return text.get(switch (kind()) {
            case CATEGORY -> "applicability.whyNot.category";
            case NO_DIMENSION_ASSIGNED -> one ? "applicability.whyNot.unassigned" : "applicability.whyNot.noneAssigned";
            case DIMENSION_LEVEL -> one ? "applicability.whyNot.level" : "applicability.whyNot.highest";
        }, values);
    }
}
