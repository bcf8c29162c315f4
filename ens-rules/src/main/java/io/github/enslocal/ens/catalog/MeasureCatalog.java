// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog of the security measures of RD 311/2022 Anexo II, in the order of the Anexo.
 *
 * <p>{@link #bundled()} returns the catalog shipped with the library, read once and checked on
 * first use. Other versions of the data can be read with {@link #read(InputStream, String)} or, from
 * the OSCAL catalog of Anexo II, with {@code io.github.enslocal.ens.oscal.OscalCatalogReader}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureCatalog {

    static final String BUNDLED_RESOURCE = "ens-rd311-2022-measures.json";

    private final String dataVersion;
    private final String sourceReference;
    private final List<MeasureGroup> groups;
    private final List<Measure> measures;
    private final Map<MeasureId, Measure> measuresById;
    private final Map<ReinforcementId, Reinforcement> reinforcementsById;

    private MeasureCatalog(String dataVersion, String sourceReference, List<MeasureGroup> groups,
            List<Measure> measures) {
        this.dataVersion = dataVersion;
        this.sourceReference = sourceReference;
        this.groups = List.copyOf(groups);
        this.measures = List.copyOf(measures);
        Map<MeasureId, Measure> byId = new LinkedHashMap<>();
        Map<ReinforcementId, Reinforcement> reinforcements = new LinkedHashMap<>();
        for (Measure measure : this.measures) {
            if (byId.put(measure.id(), measure) != null) {
                throw new IllegalArgumentException("Measure " + measure.id() + " appears twice in the catalog");
            }
            measure.reinforcements().forEach(reinforcement -> reinforcements.put(reinforcement.id(), reinforcement));
            if (!this.groups.contains(measure.group())) {
                throw new IllegalArgumentException("Measure " + measure.id() + " belongs to group " + measure.group()
                        + ", which is not one of the catalog's groups");
            }
        }
        this.measuresById = Collections.unmodifiableMap(byId);
        this.reinforcementsById = Collections.unmodifiableMap(reinforcements);
    }

    /**
     * Obtains a catalog from its parts.
     *
     * @param dataVersion the version of the data, e.g. {@code "1.0.0"}; not blank
     * @param sourceReference the legal or documentary source of the data; not blank
     * @param groups the measure groups, in the order of the Anexo
     * @param measures the measures, in the order of the Anexo; at least one
     * @return the catalog
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a string is blank, there is no measure, a group id or
     *     measure id appears twice, or a measure's group is not among {@code groups}
     */
    public static MeasureCatalog of(String dataVersion, String sourceReference, List<MeasureGroup> groups,
            List<Measure> measures) {
        Objects.requireNonNull(dataVersion, "dataVersion");
        Objects.requireNonNull(sourceReference, "sourceReference");
        if (dataVersion.isBlank() || sourceReference.isBlank()) {
            throw new IllegalArgumentException("A catalog needs a data version and a source reference, got '"
                    + dataVersion + "' and '" + sourceReference + "'");
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("A catalog needs at least one measure");
        }
        if (groups.stream().map(MeasureGroup::id).distinct().count() != groups.size()) {
            throw new IllegalArgumentException("A catalog cannot list a group twice: "
                    + groups.stream().map(MeasureGroup::id).toList());
        }
        return new MeasureCatalog(dataVersion, sourceReference, groups, measures);
    }

    /**
     * Returns the catalog shipped with the library: the 73 measures and 133 reinforcements of RD
     * 311/2022 Anexo II (BOE-A-2022-7191), read once on first use.
     *
     * @return the bundled catalog
     * @throws IllegalStateException if the bundled data is missing or invalid, which is a defect
     *     of the library
     */
    public static MeasureCatalog bundled() {
        return Bundled.CATALOG;
    }

    /**
     * Reads a catalog in the ENS Local catalog format, the format of the bundled
     * {@code ens-rd311-2022-measures.json}.
     *
     * @param in the document, UTF-8; not closed
     * @param source what is read, for messages, e.g. a file name
     * @return the catalog
     * @throws NullPointerException if an argument is null
     * @throws CatalogFormatException if the document is not well-formed JSON or a field, id, count
     *     or reference in it is wrong; the exception lists every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static MeasureCatalog read(InputStream in, String source) {
        return new CatalogJsonReader(Objects.requireNonNull(source, "source")).read(Objects.requireNonNull(in, "in"));
    }

    /**
     * Returns the version of the catalog data.
     *
     * @return e.g. {@code "1.0.0"}
     */
    public String dataVersion() {
        return dataVersion;
    }

    /**
     * Returns the legal or documentary source of the catalog data.
     *
     * @return e.g. a reference to BOE-A-2022-7191, Anexo II
     */
    public String sourceReference() {
        return sourceReference;
    }

    /**
     * Returns every measure, in the order of Anexo II.
     *
     * @return the measures
     */
    public List<Measure> measures() {
        return measures;
    }

    /**
     * Returns the measure groups, in the order of Anexo II.
     *
     * @return the groups, e.g. {@code org}, {@code op.pl}, {@code op.acc}, …
     */
    public List<MeasureGroup> groups() {
        return groups;
    }

    /**
     * Returns a measure group.
     *
     * @param id the group id, e.g. {@code "op.acc"}
     * @return the group, or empty if the catalog has no such group
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<MeasureGroup> group(String id) {
        Objects.requireNonNull(id, "id");
        return groups.stream().filter(group -> group.id().equals(id)).findFirst();
    }

    /**
     * Returns a measure.
     *
     * @param id the measure id, not null
     * @return the measure, or empty if the catalog has no such measure
     */
    public Optional<Measure> find(MeasureId id) {
        return Optional.ofNullable(measuresById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns a measure that must exist.
     *
     * @param id the measure id, not null
     * @return the measure
     * @throws IllegalArgumentException if the catalog has no such measure
     */
    public Measure get(MeasureId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown measure '" + id + "', expected a measure of Anexo II such as 'op.acc.6'"));
    }

    /**
     * Returns the measures of one group, in the order of Anexo II.
     *
     * @param groupId the group id, e.g. {@code "op.acc"} or {@code "org"}
     * @return the measures of that group
     * @throws NullPointerException if {@code groupId} is null
     * @throws IllegalArgumentException if the catalog has no such group
     */
    public List<Measure> byGroup(String groupId) {
        MeasureGroup group = group(groupId).orElseThrow(() -> new IllegalArgumentException(
                "Unknown measure group '" + groupId + "', expected e.g. 'op.acc' or 'org'"));
        return measures.stream().filter(measure -> measure.group().equals(group)).toList();
    }

    /**
     * Returns the measures of one framework, in the order of Anexo II.
     *
     * @param framework the framework, not null
     * @return the measures of that framework
     */
    public List<Measure> byFramework(Framework framework) {
        Objects.requireNonNull(framework, "framework");
        return measures.stream().filter(measure -> measure.framework() == framework).toList();
    }

    /**
     * Returns a reinforcement.
     *
     * @param id the reinforcement id, not null
     * @return the reinforcement, or empty if the catalog has no such reinforcement
     */
    public Optional<Reinforcement> reinforcement(ReinforcementId id) {
        return Optional.ofNullable(reinforcementsById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns every reinforcement, by measure in the order of Anexo II, then by number.
     *
     * @return the reinforcements
     */
    public List<Reinforcement> reinforcements() {
        return List.copyOf(reinforcementsById.values());
    }

    /**
     * Returns a short description of this catalog.
     *
     * @return e.g. {@code "MeasureCatalog[dataVersion=1.0.0, measures=73, reinforcements=133]"}
     */
    @Override
    public String toString() {
        return "MeasureCatalog[dataVersion=" + dataVersion + ", measures=" + measures.size()
                + ", reinforcements=" + reinforcementsById.size() + "]";
    }

    private static final class Bundled {

        static final MeasureCatalog CATALOG = load();

        private static MeasureCatalog load() {
            try (InputStream in = MeasureCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled catalog resource " + BUNDLED_RESOURCE + " is missing");
                }
                return read(in, BUNDLED_RESOURCE);
            } catch (IOException | CatalogFormatException e) {
                throw new IllegalStateException("The bundled catalog " + BUNDLED_RESOURCE + " cannot be read", e);
            }
        }
    }
}
