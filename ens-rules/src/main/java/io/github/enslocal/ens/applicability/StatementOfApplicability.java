// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.Reinforcement;
import io.github.enslocal.ens.catalog.Requirement;
import io.github.enslocal.ens.internal.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Declaración de Aplicabilidad of a system (RD 311/2022 art. 28): the result of the Anexo II
 * table together with the security officer's decisions on it — measures excluded with a
 * justification, measures replaced by compensating measures (art. 28.3), and measures or
 * reinforcements added beyond the table (art. 28.2).
 *
 * <p>It has one {@link Entry} per measure of the catalog, in catalog order. Build it with
 * {@link #builder(Applicability)}. This class is immutable and thread-safe.
 */
public final class StatementOfApplicability {

    private final Applicability applicability;
    private final List<Entry> entries;

    private StatementOfApplicability(Applicability applicability, List<Entry> entries) {
        this.applicability = applicability;
        this.entries = List.copyOf(entries);
    }

    /**
     * Starts a statement on an applicability result.
     *
     * @param applicability the result of the table (and profile), not null
     * @return a builder
     */
    public static Builder builder(Applicability applicability) {
        return new Builder(Objects.requireNonNull(applicability, "applicability"));
    }

    /**
     * Returns the applicability result the statement is built on.
     *
     * @return the result
     */
    public Applicability applicability() {
        return applicability;
    }

    /**
     * Returns one entry per measure of the catalog.
     *
     * @return the entries, in catalog order
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the entry of one measure.
     *
     * @param id the measure id, not null
     * @return the entry
     * @throws IllegalArgumentException if the catalog has no such measure
     */
    public Entry get(MeasureId id) {
        Objects.requireNonNull(id, "id");
        return entries.stream().filter(entry -> entry.applicability().measure().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown measure '" + id + "', expected a measure of Anexo II such as 'op.acc.6'"));
    }

    /** The status of a measure in the statement. */
    public enum Status {
        /** The table (and profile) require the measure and it is adopted. */
        APPLICABLE,
        /** The table does not require the measure and nobody added it. */
        NOT_APPLICABLE,
        /** The table requires the measure but the security officer excluded it, with a justification. */
        EXCLUDED,
        /** The measure is replaced by a compensating measure (art. 28.3). */
        COMPENSATED,
        /** The table does not require the measure but the security officer added it (art. 28.2). */
        ADDED
    }

    /**
     * The statement's entry for one measure.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param applicability the decision of the table (and profile)
     * @param status the status in the statement
     * @param requirement what is adopted: the table's requirement plus any additions; for an
     *     excluded or compensated measure, the table's requirement that is not adopted as such
     * @param exclusion the exclusion, when excluded
     * @param compensation the compensation, when compensated
     * @param additions the measure or reinforcements added, in the order given
     */
    public record Entry(
            MeasureApplicability applicability,
            Status status,
            Requirement requirement,
            Optional<Exclusion> exclusion,
            Optional<Compensation> compensation,
            List<Addition> additions) {

        /**
         * Creates an entry.
         *
         * @param applicability the decision of the table
         * @param status the status
         * @param requirement the requirement adopted
         * @param exclusion the exclusion; null means none
         * @param compensation the compensation; null means none
         * @param additions the additions; null means none
         * @throws NullPointerException if a required argument or an addition is null
         */
        public Entry {
            Objects.requireNonNull(applicability, "applicability");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(requirement, "requirement");
            exclusion = exclusion == null ? Optional.empty() : exclusion;
            compensation = compensation == null ? Optional.empty() : compensation;
            additions = additions == null ? List.of() : List.copyOf(additions);
        }

        /**
         * Returns the entry as a sentence the statement prints.
         *
         * @return e.g. {@code "op.exp.8 + R1 + R2 + R3 + R4 because T=MEDIO"}, {@code "mp.eq.3
         *     replaced by the compensating measure '…' (art. 28.3): …; the table alone: mp.eq.3
         *     applies because the category is BÁSICA"}
         */
        public String describe() {
            return describe(Locale.ENGLISH);
        }

        /**
         * Returns the entry as a sentence the statement prints, in a language; justifications are
         * the security officer's own text.
         *
         * @param locale the language, not null: Catalan, Spanish, or English for any other
         * @return the sentence {@link #describe()} gives in English
         */
        public String describe(Locale locale) {
            Texts text = Texts.of(locale);
            String id = applicability.measure().id().toString();
            String table = applicability.describe(locale);
            String added = additions.stream()
                    .filter(addition -> addition.reinforcement().isPresent())
                    .map(addition -> text.get("applicability.added", Map.of("reinforcement",
                            Reinforcement.label(addition.reinforcement().get()), "justification", addition.justification())))
                    .collect(Collectors.joining());
            String required = requirement.describe(locale);
            return switch (status) {
                case APPLICABLE, NOT_APPLICABLE -> table + added;
                case ADDED -> text.get("entry.added", Map.of("measure", id + (required.isEmpty() ? "" : " " + required),
                        "justification", additions.stream().filter(addition -> addition.reinforcement().isEmpty())
                                .map(addition -> ": " + addition.justification()).collect(Collectors.joining()),
                        "added", added, "table", table));
                case EXCLUDED -> text.get("entry.excluded", Map.of("measure", id,
                        "justification", exclusion.orElseThrow().justification(), "table", table));
                case COMPENSATED -> text.get("entry.compensated", Map.of("measure", id,
                        "compensating", compensation.orElseThrow().compensatingMeasure(),
                        "justification", compensation.orElseThrow().justification(), "table", table));
            };
        }
    }

    /**
     * Collects the security officer's decisions, checking each one as it is given.
     *
     * <p>Instances are mutable and not thread-safe.
     */
    public static final class Builder {

        private final Applicability applicability;
        private final Map<MeasureId, Exclusion> exclusions = new LinkedHashMap<>();
        private final Map<MeasureId, Compensation> compensations = new LinkedHashMap<>();
        private final Map<MeasureId, List<Addition>> additions = new LinkedHashMap<>();

        private Builder(Applicability applicability) {
            this.applicability = applicability;
        }

        /**
         * Excludes an applicable measure.
         *
         * @param exclusion the exclusion, not null
         * @return this builder
         * @throws IllegalArgumentException if the measure is unknown, does not apply, or already has
         *     a decision
         */
        public Builder exclude(Exclusion exclusion) {
            MeasureApplicability measure = applicable(Objects.requireNonNull(exclusion, "exclusion").measure(), "excluded");
            exclusions.put(measure.measure().id(), exclusion);
            return this;
        }

        /**
         * Excludes an applicable measure.
         *
         * @param measure the measure, not null
         * @param justification why, not blank
         * @return this builder
         * @throws IllegalArgumentException if the justification is blank, or the measure is unknown,
         *     does not apply, or already has a decision
         */
        public Builder exclude(MeasureId measure, String justification) {
            return exclude(new Exclusion(measure, justification));
        }

        /**
         * Replaces an applicable measure by a compensating measure.
         *
         * @param compensation the compensation, not null
         * @return this builder
         * @throws IllegalArgumentException if the measure is unknown, does not apply, or already has
         *     a decision
         */
        public Builder compensate(Compensation compensation) {
            MeasureApplicability measure = applicable(Objects.requireNonNull(compensation, "compensation").measure(),
                    "compensated");
            compensations.put(measure.measure().id(), compensation);
            return this;
        }

        /**
         * Adds a measure the table does not require, or a reinforcement the table does not require
         * (adding it makes its measure apply).
         *
         * @param addition the addition, not null
         * @return this builder
         * @throws IllegalArgumentException if the measure or reinforcement is unknown, is already
         *     required, or the measure is excluded or compensated
         */
        public Builder add(Addition addition) {
            Objects.requireNonNull(addition, "addition");
            MeasureApplicability measure = applicability.get(addition.measure());
            MeasureId id = measure.measure().id();
            // Additions accumulate: only an exclusion or a compensation conflicts with one.
            undecided(id, "given additions", false);
            Requirement current = adopted(measure, additions.getOrDefault(id, List.of()));
            if (addition.reinforcement().isPresent()) {
                ReinforcementId reinforcement = addition.reinforcement().get();
                if (measure.measure().reinforcement(reinforcement).isEmpty()) {
                    throw new IllegalArgumentException("Unknown reinforcement '" + reinforcement + "' of " + id
                            + ", expected one of " + measure.measure().reinforcements().stream()
                                    .map(Reinforcement::id).toList());
                }
                if (current.applies() && current.reinforcements().contains(reinforcement)) {
                    throw new IllegalArgumentException("Reinforcement " + reinforcement + " is already required: " + measure);
                }
            } else if (current.applies()) {
                throw new IllegalArgumentException("Measure " + id + " already applies: " + measure);
            }
            additions.computeIfAbsent(id, key -> new ArrayList<>()).add(addition);
            return this;
        }

        /**
         * Builds the statement.
         *
         * @return the statement, with one entry per measure in catalog order
         */
        public StatementOfApplicability build() {
            List<Entry> entries = new ArrayList<>();
            for (MeasureApplicability measure : applicability.measures()) {
                MeasureId id = measure.measure().id();
                List<Addition> added = additions.getOrDefault(id, List.of());
                Status status;
                if (exclusions.containsKey(id)) {
                    status = Status.EXCLUDED;
                } else if (compensations.containsKey(id)) {
                    status = Status.COMPENSATED;
                } else if (measure.applies()) {
                    status = Status.APPLICABLE;
                } else {
                    status = added.isEmpty() ? Status.NOT_APPLICABLE : Status.ADDED;
                }
                entries.add(new Entry(measure, status, adopted(measure, added), Optional.ofNullable(exclusions.get(id)),
                        Optional.ofNullable(compensations.get(id)), added));
            }
            return new StatementOfApplicability(applicability, entries);
        }

        private MeasureApplicability applicable(MeasureId id, String decision) {
            MeasureApplicability measure = applicability.get(id);
            if (!measure.applies()) {
                throw new IllegalArgumentException("Measure " + id + " cannot be " + decision
                        + " because it does not apply: " + measure);
            }
            undecided(id, decision, true);
            return measure;
        }

        private void undecided(MeasureId id, String decision, boolean additionsConflict) {
            String existing = exclusions.containsKey(id) ? "excluded"
                    : compensations.containsKey(id) ? "compensated"
                    : additionsConflict && additions.containsKey(id) ? "given additions" : null;
            if (existing != null) {
                throw new IllegalArgumentException("Measure " + id + " cannot be " + decision + " because it is already "
                        + existing);
            }
        }

        private static Requirement adopted(MeasureApplicability measure, List<Addition> added) {
            Requirement requirement = measure.requirement();
            for (Addition addition : added) {
                requirement = addition.reinforcement().isPresent()
                        ? ProfileOverlay.withReinforcement(requirement, addition.reinforcement().get())
                        : ProfileOverlay.withMeasure(requirement);
            }
            return requirement;
        }
    }
}
