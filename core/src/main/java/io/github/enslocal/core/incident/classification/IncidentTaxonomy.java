// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The cyber-incident taxonomy: its classes and types with their default danger levels, and the
 * CCN-CERT follow-up table of CCN-STIC 817 (abril 2020).
 *
 * <p>{@link #bundled()} returns the taxonomy shipped with the library: the Guía Nacional de
 * Notificación y Gestión de Ciberincidentes (2020) plus the one type only CCN-STIC 817 adds, 10
 * classes and 39 types in all. Its provenance and caveats are in the {@code README.md} next to the
 * resource. Classes and types keep the order of the taxonomy file. This class is immutable and
 * thread-safe.
 */
public final class IncidentTaxonomy {

    private static final String RESOURCE = "incident-taxonomy.json";

    private final List<IncidentClass> classes;
    private final Map<String, IncidentClass> classesById;
    private final Map<String, IncidentType> typesById;
    private final Map<DangerLevel, CcnCertFollowUp> followUps;

    private IncidentTaxonomy(List<IncidentClass> classes, List<CcnCertFollowUp> followUps) {
        this.classes = List.copyOf(classes);
        Map<String, IncidentClass> classMap = new LinkedHashMap<>();
        Map<String, IncidentType> typeMap = new LinkedHashMap<>();
        for (IncidentClass incidentClass : this.classes) {
            if (classMap.put(incidentClass.id(), incidentClass) != null) {
                throw new IllegalArgumentException("Duplicate incident class '" + incidentClass.id() + "'");
            }
            for (IncidentType type : incidentClass.types()) {
                if (typeMap.put(type.id(), type) != null) {
                    throw new IllegalArgumentException("Duplicate incident type '" + type.id() + "'");
                }
            }
        }
        Map<DangerLevel, CcnCertFollowUp> followUpMap = new EnumMap<>(DangerLevel.class);
        for (CcnCertFollowUp followUp : followUps) {
            if (followUpMap.put(followUp.level(), followUp) != null) {
                throw new IllegalArgumentException("Duplicate CCN-CERT follow-up row for level " + followUp.level());
            }
        }
        if (followUpMap.size() != DangerLevel.values().length) {
            throw new IllegalArgumentException("The CCN-CERT follow-up table covers " + followUpMap.keySet()
                    + ", expected every level from BAJO to CRITICO");
        }
        this.classesById = Collections.unmodifiableMap(classMap);
        this.typesById = Collections.unmodifiableMap(typeMap);
        this.followUps = Collections.unmodifiableMap(followUpMap);
    }

    /**
     * Obtains a taxonomy from its classes and its CCN-CERT follow-up table.
     *
     * @param classes the classes with their types, in the order to keep
     * @param followUps one row per danger level
     * @return the taxonomy
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a class or type id repeats, or the follow-up table does
     *     not have exactly one row per level
     */
    static IncidentTaxonomy of(List<IncidentClass> classes, List<CcnCertFollowUp> followUps) {
        return new IncidentTaxonomy(classes, followUps);
    }

    /**
     * Returns the taxonomy bundled with the library, read once on first use.
     *
     * @return the bundled taxonomy
     */
    public static IncidentTaxonomy bundled() {
        return Bundled.TAXONOMY;
    }

    /**
     * Returns the classes in the order of the taxonomy.
     *
     * @return the classes, unmodifiable
     */
    public List<IncidentClass> classes() {
        return classes;
    }

    /**
     * Returns every type, class by class, in the order of the taxonomy.
     *
     * @return the types, unmodifiable
     */
    public List<IncidentType> types() {
        return List.copyOf(typesById.values());
    }

    /**
     * Returns the types that appear in an edition of the taxonomy, in the order of the taxonomy.
     *
     * @param edition the edition, not null
     * @return the types of that edition, unmodifiable
     */
    public List<IncidentType> types(TaxonomyEdition edition) {
        Objects.requireNonNull(edition, "edition");
        return typesById.values().stream().filter(type -> type.appearsIn(edition)).toList();
    }

    /**
     * Returns the type with an id.
     *
     * @param typeId the type id, e.g. {@code "PHISHING"}
     * @return the type, or empty if the taxonomy has no type with that id
     */
    public Optional<IncidentType> type(String typeId) {
        return Optional.ofNullable(typesById.get(typeId));
    }

    /**
     * Returns the type with an id, which must exist.
     *
     * @param typeId the type id, e.g. {@code "PHISHING"}
     * @return the type
     * @throws NullPointerException if {@code typeId} is null
     * @throws IllegalArgumentException if the taxonomy has no type with that id
     */
    public IncidentType requireType(String typeId) {
        Objects.requireNonNull(typeId, "typeId");
        IncidentType type = typesById.get(typeId);
        if (type == null) {
            throw new IllegalArgumentException(
                    "Unknown incident type '" + typeId + "', expected a taxonomy type id such as 'PHISHING'");
        }
        return type;
    }

    /**
     * Returns the class with an id.
     *
     * @param classId the class id, e.g. {@code "FRAUDE"}
     * @return the class, or empty if the taxonomy has no class with that id
     */
    public Optional<IncidentClass> incidentClass(String classId) {
        return Optional.ofNullable(classesById.get(classId));
    }

    /**
     * Returns the class a type belongs to.
     *
     * @param type a type of this taxonomy, not null
     * @return its class
     * @throws IllegalArgumentException if the type names a class this taxonomy does not have
     */
    public IncidentClass classOf(IncidentType type) {
        IncidentClass incidentClass = classesById.get(type.classId());
        if (incidentClass == null) {
            throw new IllegalArgumentException("Incident type '" + type.id() + "' names unknown class '"
                    + type.classId() + "', expected e.g. 'FRAUDE'");
        }
        return incidentClass;
    }

    /**
     * Returns the CCN-CERT follow-up table, one row per level from BAJO to CRÍTICO.
     *
     * @return the rows in level order, unmodifiable
     */
    public List<CcnCertFollowUp> ccnCertFollowUps() {
        return List.copyOf(followUps.values());
    }

    /**
     * Returns the CCN-CERT follow-up row for a danger level.
     *
     * @param level the danger level, not null
     * @return the row
     */
    public CcnCertFollowUp ccnCertFollowUp(DangerLevel level) {
        return followUps.get(Objects.requireNonNull(level, "level"));
    }

    /**
     * Returns the CCN-CERT follow-up row for an impact level: the row of the level with the same
     * name, since the table is keyed on danger or impact.
     *
     * @param level the impact level, not null
     * @return the row, or empty for {@link ImpactLevel#IRRELEVANTE}, which the table does not list
     */
    public Optional<CcnCertFollowUp> ccnCertFollowUp(ImpactLevel level) {
        Objects.requireNonNull(level, "level");
        if (level == ImpactLevel.IRRELEVANTE) {
            return Optional.empty();
        }
        return Optional.of(followUps.get(DangerLevel.valueOf(level.name())));
    }

    /**
     * Returns a summary for diagnostics.
     *
     * @return e.g. {@code "IncidentTaxonomy[10 classes, 39 types]"}
     */
    @Override
    public String toString() {
        return "IncidentTaxonomy[" + classes.size() + " classes, " + typesById.size() + " types]";
    }

    private static final class Bundled {
        static final IncidentTaxonomy TAXONOMY = load();

        private static IncidentTaxonomy load() {
            try (InputStream in = IncidentTaxonomy.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + RESOURCE + " is missing from the library");
                }
                return TaxonomyReader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled resource " + RESOURCE, e);
            }
        }
    }}
