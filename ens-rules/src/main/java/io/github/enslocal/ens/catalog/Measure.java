// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A security measure of RD 311/2022 Anexo II, with its reinforcements and the requirement of each
 * of its three cells in the Anexo II table.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the id, e.g. {@code op.acc.6}
 * @param group the group the measure belongs to, e.g. {@code op.acc} (Control de acceso)
 * @param name the official Spanish name as the Anexo II table writes it
 * @param alternativeNames other wordings of the name found in the measure text or the OSCAL catalog,
 *     e.g. a different capitalisation; often empty
 * @param basis whether the category or some dimensions decide the column that applies
 * @param requirements the requirement of each column; every column is present
 * @param reinforcements every reinforcement the measure defines, sorted by number
 */
public record Measure(
        MeasureId id,
        MeasureGroup group,
        String name,
        List<String> alternativeNames,
        Basis basis,
        Map<Column, Requirement> requirements,
        List<Reinforcement> reinforcements) {

    /**
     * Creates a measure, checking that its parts agree.
     *
     * @param id the id
     * @param group the group, whose id must be the group of {@code id}
     * @param name the official name, not blank
     * @param alternativeNames other wordings; null means none
     * @param basis the basis
     * @param requirements the requirement of every column
     * @param reinforcements the reinforcements; null means none
     * @throws NullPointerException if a required argument or an element is null
     * @throws IllegalArgumentException if the group does not match the id, the name is blank, a
     *     column is missing, a reinforcement belongs to another measure or is defined twice, a cell
     *     mentions a reinforcement the measure does not define, or a reinforcement's
     *     {@code referencedInTable} flag disagrees with the cells
     */
    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(requirements, "requirements");
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
        reinforcements = reinforcements == null ? List.of() : reinforcements.stream()
                .map(reinforcement -> Objects.requireNonNull(reinforcement, "reinforcement"))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        EnumMap<Column, Requirement> cells = new EnumMap<>(Column.class);
        requirements.forEach((column, requirement) -> cells.put(
                Objects.requireNonNull(column, "column"), Objects.requireNonNull(requirement, "requirement")));
        requirements = Collections.unmodifiableMap(cells);
        check(id, group, name, requirements, reinforcements);
    }

    private static void check(MeasureId id, MeasureGroup group, String name, Map<Column, Requirement> requirements,
            List<Reinforcement> reinforcements) {
        if (!group.id().equals(id.group())) {
            throw new IllegalArgumentException("Measure " + id + " cannot belong to group '" + group.id()
                    + "', expected '" + id.group() + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("Measure " + id + " has a blank name");
        }
        if (requirements.size() != Column.values().length) {
            throw new IllegalArgumentException("Measure " + id + " has requirements for " + requirements.keySet()
                    + ", expected all of " + Arrays.toString(Column.values()));
        }
        Set<ReinforcementId> defined = reinforcements.stream().map(Reinforcement::id).collect(Collectors.toSet());
        for (Reinforcement reinforcement : reinforcements) {
            if (!reinforcement.id().measure().equals(id)) {
                throw new IllegalArgumentException("Measure " + id + " cannot define reinforcement " + reinforcement.id());
            }
        }
        if (defined.size() != reinforcements.size()) {
            throw new IllegalArgumentException("Measure " + id + " defines a reinforcement twice: "
                    + reinforcements.stream().map(Reinforcement::id).toList());
        }
        Set<ReinforcementId> mentioned = requirements.values().stream()
                .flatMap(requirement -> requirement.mentioned().stream())
                .collect(Collectors.toSet());
        mentioned.stream().filter(reinforcement -> !defined.contains(reinforcement)).sorted().findFirst()
                .ifPresent(unknown -> {
                    throw new IllegalArgumentException("Measure " + id + " requires reinforcement " + unknown
                            + ", which it does not define");
                });
        for (Reinforcement reinforcement : reinforcements) {
            if (reinforcement.referencedInTable() != mentioned.contains(reinforcement.id())) {
                throw new IllegalArgumentException("Reinforcement " + reinforcement.id() + " is marked referencedInTable="
                        + reinforcement.referencedInTable() + " but the cells of " + id
                        + (mentioned.contains(reinforcement.id()) ? " mention it" : " never mention it"));
            }
        }
    }

    /**
     * Returns the framework of this measure.
     *
     * @return the framework
     */
    public Framework framework() {
        return group.framework();
    }

    /**
     * Returns the official name of this measure's group.
     *
     * @return e.g. {@code "Control de acceso"}
     */
    public String groupName() {
        return group.name();
    }

    /**
     * Returns whether the system category decides which column applies.
     *
     * @return true for a category-based measure, false for a dimension-based one
     */
    public boolean isCategoryBased() {
        return basis.isCategory();
    }

    /**
     * Returns the requirement of one column.
     *
     * @param column the column, not null
     * @return the requirement of that cell
     */
    public Requirement requirement(Column column) {
        return requirements.get(Objects.requireNonNull(column, "column"));
    }

    /**
     * Returns the lowest column at which the base measure applies.
     *
     * @return the column, or empty if no cell applies
     */
    public Optional<Column> lowestApplicableColumn() {
        return Arrays.stream(Column.values()).filter(column -> requirement(column).applies()).findFirst();
    }

    /**
     * Returns one of this measure's reinforcements.
     *
     * @param id the reinforcement id, not null
     * @return the reinforcement, or empty if this measure defines no such reinforcement
     */
    public Optional<Reinforcement> reinforcement(ReinforcementId id) {
        Objects.requireNonNull(id, "id");
        return reinforcements.stream().filter(reinforcement -> reinforcement.id().equals(id)).findFirst();
    }

    /**
     * Returns the id and name as reports print them.
     *
     * @return e.g. {@code "op.acc.6 Mecanismo de autenticación (usuarios de la organización)"}
     */
    public String title() {
        return id + " " + name;
    }
}
