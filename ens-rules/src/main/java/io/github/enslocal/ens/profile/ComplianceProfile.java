// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.profile;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.ens.catalog.CatalogFormatException;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A compliance profile: a named set of adjustments applied on top of the Anexo II result, such as
 * a Perfil de Cumplimiento Específico (RD 311/2022 art. 30) or an organisation's own baseline.
 *
 * <p>A profile is data. It is read from JSON with {@link #read(InputStream, String, MeasureCatalog)}
 * and given to the applicability evaluator, which applies the adjustments that hold for the
 * system's category, in order, after the Anexo II table. The library ships no profile: the profiles
 * published for local entities (CCN-STIC 883A–D) predate RD 311/2022 and those made under it
 * (CCN-STIC 890) have not been read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id a short id, e.g. {@code "pce-ejemplo"}
 * @param name the name reports print
 * @param sourceReference the document that defines the profile
 * @param adjustments the adjustments, in the order they are applied
 */
public record ComplianceProfile(String id, String name, String sourceReference, List<ProfileAdjustment> adjustments) {

    /**
     * Creates a profile.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param sourceReference the source, not blank
     * @param adjustments the adjustments; null means none
     * @throws NullPointerException if a string or an adjustment is null
     * @throws IllegalArgumentException if a string is blank, or two adjustments add and remove the
     *     same target for a common category
     */
    public ComplianceProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceReference, "sourceReference");
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        if (id.isBlank() || name.isBlank() || sourceReference.isBlank()) {
            throw new IllegalArgumentException("A compliance profile needs an id, a name and a source reference, got '"
                    + id + "', '" + name + "' and '" + sourceReference + "'");
        }
        List<String> conflicts = conflicts(adjustments);
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("Compliance profile '" + id + "' both adds and removes "
                    + String.join(", ", conflicts));
        }
    }

    private static List<String> conflicts(List<ProfileAdjustment> adjustments) {
        List<String> conflicts = new ArrayList<>();
        for (ProfileAdjustment add : adjustments) {
            for (ProfileAdjustment remove : adjustments) {
                if (add.action() == ProfileAdjustment.Action.ADD && remove.action() == ProfileAdjustment.Action.REMOVE
                        && add.target().equals(remove.target())
                        && add.categories().stream().anyMatch(remove.categories()::contains)) {
                    conflicts.add(add.target());
                }
            }
        }
        return conflicts;
    }

    /**
     * Reads a profile from JSON and checks every target against a catalog.
     *
     * <p>The document is an object with {@code id}, {@code name}, {@code sourceReference} and
     * {@code adjustments}, an array of objects with {@code action} ({@code ADD} or {@code REMOVE}),
     * {@code target} (a measure id such as {@code "mp.com.4"} or a reinforcement id such as
     * {@code "mp.com.4.r1"}), {@code categories} (an array of {@code BASICA}, {@code MEDIA},
     * {@code ALTA}), {@code reason} and {@code source}.
     *
     * @param in the document, UTF-8; not closed
     * @param source what is read, for messages, e.g. a file name
     * @param catalog the catalog the targets must exist in
     * @return the profile
     * @throws NullPointerException if an argument is null
     * @throws CatalogFormatException if the document is not acceptable JSON, a field is missing or
     *     malformed, a target is not in the catalog, or adjustments conflict; it lists every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ComplianceProfile read(InputStream in, String source, MeasureCatalog catalog) {
        return new ProfileJsonReader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(catalog, "catalog"))
                .read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Returns the targets of this profile that a catalog does not have.
     *
     * @param catalog the catalog, not null
     * @return the unknown measure and reinforcement ids, in the order of the adjustments; empty if
     *     every target exists
     */
    public List<String> unknownTargets(MeasureCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return adjustments.stream()
                .filter(adjustment -> adjustment.reinforcement().isPresent()
                        ? catalog.reinforcement(adjustment.reinforcement().get()).isEmpty()
                        : catalog.find(adjustment.measure()).isEmpty())
                .map(ProfileAdjustment::target)
                .distinct()
                .toList();
    }

    /**
     * Returns the adjustments that hold for systems of a category, in order.
     *
     * @param category the category, not null
     * @return the adjustments
     */
    public List<ProfileAdjustment> adjustmentsFor(Category category) {
        Objects.requireNonNull(category, "category");
        return adjustments.stream().filter(adjustment -> adjustment.holdsFor(category)).toList();
    }
}
