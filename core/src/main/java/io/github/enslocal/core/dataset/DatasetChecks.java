// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.convention.Expense;
import io.github.enslocal.core.convention.LegalIssue;
import io.github.enslocal.core.incident.HistoryProblem;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.incident.IncidentStatus;
import io.github.enslocal.core.incident.StatusChange;
import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.IncidentType;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.MunicipalityKind;
import io.github.enslocal.core.territory.SupportBody;
import io.github.enslocal.core.training.TrainingSession;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rules over a whole {@link Dataset} that single records cannot check on their own: unique
 * ids, references that resolve, and the cross-field rules the domain records state as methods
 * ({@link Convention#legalIssues()}, {@link Incident#historyProblems()},
 * {@link SecurityClassification#isManualDangerBelowDefault(IncidentTaxonomy)}), turned into
 * violations at their JSON paths.
 *
 * <p>Whether an assessed measure exists in the ENS catalog is not checked here: the catalog lives
 * in {@code ens-rules}, which depends on {@code core}, never the reverse. Here a measure id is
 * checked only for its form, by {@code MeasureId.parse}.
 *
 * <p>Every check tolerates values that Jakarta constraints reject (null or blank ids, an empty
 * history), since both kinds of violation are reported together.
 */
final class DatasetChecks {

    private static final String MUNICIPALITIES = "municipalities";
    private static final String SUPPORT_BODIES = "supportBodies";
    private static final String ASSETS = "assets";
    private static final String SYSTEMS = "systems";

    private DatasetChecks() {
    }

    /**
     * Returns the checks that need every element of the dataset: references, since an element that
     * failed to convert would look missing.
     */
    static List<DatasetCheck<Dataset>> completeErrors() {
        return List.of(DatasetChecks::references);
    }

    /**
     * Returns the checks that also hold on a dataset some of whose elements failed to convert (and
     * are null): unique ids and the rules within one record, given the reference data.
     */
    static List<DatasetCheck<Dataset>> partialErrors(IncidentTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return List.of(
                DatasetValues::check,
                DatasetChecks::uniqueIds,
                DatasetChecks::uniqueAssessments,
                DatasetChecks::conventionTerms,
                DatasetChecks::adhesionDates,
                DatasetChecks::incidentHistories,
                dataset -> securityClassifications(dataset, taxonomy),
                DatasetChecks::assetDates);
    }

    /**
     * Returns the checks whose failures are only warnings: the data is consistent, but something
     * deserves a look, such as a municipality name that differs from the INE register's.
     */
    static List<DatasetCheck<Dataset>> warnings(MunicipalityRegister register) {
        Objects.requireNonNull(register, "register");
        return List.of(dataset -> municipalityNames(dataset, register));
    }

    // ---- ids ---------------------------------------------------------------------------------

    private static Stream<Violation> uniqueIds(Dataset d) {
        return Stream.of(
                duplicates(list(SUPPORT_BODIES), d.supportBodies(), "id", SupportBody::id),
                duplicates(list(MUNICIPALITIES), d.municipalities(), "code", Municipality::code),
                duplicates(list("conventions"), d.conventions(), "id", Convention::id),
                each(list("conventions"), d.conventions()).flatMap(c -> duplicates(
                        JsonPaths.property(c.path(), "expenses"), c.value().expenses(), "id", Expense::id)),
                duplicates(list("incidents"), d.incidents(), "id", Incident::id),
                duplicates(list(ASSETS), d.assets(), "id", Asset::id),
                duplicates(list(SYSTEMS), d.systems(), "id", InformationSystem::id),
                duplicates(list("plans"), d.plans(), "id", AdequacyPlan::id),
                each(list("plans"), d.plans()).flatMap(p -> duplicates(
                        JsonPaths.property(p.path(), "actions"), p.value().actions(), "id", PlanAction::id)),
                duplicates(list("trainingSessions"), d.trainingSessions(), "id", TrainingSession::id))
                .flatMap(Function.identity());
    }

    /**
     * Reports each element whose id repeats an earlier one, at its id property, naming the first
     * element with it. Null ids are left to {@code @NotBlank}; null elements to the codec.
     */
    private static <E> Stream<Violation> duplicates(String listPath, List<E> elements, String idProperty,
            Function<E, ?> id) {
        Map<Object, Located<E>> first = new HashMap<>();
        return each(listPath, elements).flatMap(element -> {
            Object value = id.apply(element.value());
            Located<E> earlier = value == null ? null : first.putIfAbsent(value, element);
            return earlier == null ? Stream.empty()
                    : Stream.of(Violation.of(JsonPaths.property(element.path(), idProperty), "dataset.id.duplicate",
                            Map.of("first", earlier.path())).rejecting(value));
        });
    }

    private static Stream<Violation> uniqueAssessments(Dataset d) {
        Map<List<Object>, Located<MeasureAssessment>> first = new HashMap<>();
        return each(list("assessments"), d.assessments()).flatMap(a -> {
            MeasureAssessment assessment = a.value();
            if (assessment.systemId() == null || assessment.measure() == null) {
                return Stream.empty();
            }
            Located<MeasureAssessment> earlier = first.putIfAbsent(List.of(assessment.systemId(), assessment.measure()), a);
            return earlier == null ? Stream.empty()
                    : Stream.of(Violation.of(JsonPaths.property(a.path(), "measure"), "dataset.assessment.duplicate",
                            Map.of("system", assessment.systemId(), "first", earlier.path())).rejecting(assessment.measure()));
        });
    }

    // ---- references --------------------------------------------------------------------------

    private static Stream<Violation> references(Dataset d) {
        Set<Object> municipalities = ids(d.municipalities(), Municipality::code);
        Set<Object> assets = ids(d.assets(), Asset::id);
        Set<Object> systems = ids(d.systems(), InformationSystem::id);
        Target toMunicipalities = new Target(MUNICIPALITIES, municipalities);
        Target toSupportBodies = new Target(SUPPORT_BODIES, ids(d.supportBodies(), SupportBody::id));
        Target toAssets = new Target(ASSETS, assets);
        Target toSystems = new Target(SYSTEMS, systems);
        return Stream.of(
                each(list(SUPPORT_BODIES), d.supportBodies())
                        .flatMap(s -> toMunicipalities.check(s::path, "municipalities", s.value().municipalities())),
                each(list("conventions"), d.conventions()).flatMap(c -> Stream.concat(
                        toSupportBodies.check(c::path, "supportBodyId", c.value().supportBodyId()),
                        each(JsonPaths.property(c.path(), "adhesions"), c.value().adhesions())
                                .flatMap(a -> toMunicipalities.check(a::path, "municipality", a.value().municipality())))),
                each(list("incidents"), d.incidents()).flatMap(i -> Stream.concat(
                        toMunicipalities.check(i::path, "municipality", i.value().municipality()),
                        toAssets.check(i::path, "affectedAssetIds", i.value().affectedAssetIds()))),
                each(list(ASSETS), d.assets())
                        .flatMap(a -> toMunicipalities.check(a::path, "owner", a.value().owner())),
                each(list(SYSTEMS), d.systems()).flatMap(s -> Stream.of(
                        s.value().owner() == null ? Stream.<Violation>empty() : Stream.concat(
                                toMunicipalities.check(() -> JsonPaths.property(s.path(), "owner"), "municipality",
                                        s.value().owner().municipality()),
                                toSupportBodies.check(() -> JsonPaths.property(s.path(), "owner"), "supportBody",
                                        s.value().owner().supportBody())),
                        toAssets.check(s::path, "assetIds", s.value().assetIds())).flatMap(Function.identity())),
                each(list("assessments"), d.assessments())
                        .flatMap(a -> toSystems.check(a::path, "systemId", a.value().systemId())),
                each(list("plans"), d.plans())
                        .flatMap(p -> toSystems.check(p::path, "systemId", p.value().systemId())),
                each(list("trainingSessions"), d.trainingSessions())
                        .flatMap(t -> toMunicipalities.check(t::path, "municipalities", t.value().municipalities())))
                .flatMap(Function.identity());
    }

    /** The ids a reference may name, and the top-level list they come from. */
    private record Target(String name, Set<Object> ids) {

        /**
         * Reports each reference that names no known id. A reference is a value, an
         * {@code Optional} (empty is none) or a collection: a list's elements are reported at their
         * index, a set's (whose order is the writer's, not the document's) at the property.
         */
        Stream<Violation> check(Supplier<String> element, String property, Object reference) {
            // The path is built only for a violation: references are checked for 1.6 million records.
            Supplier<String> path = () -> JsonPaths.property(element.get(), property);
            if (reference instanceof Optional<?> optional) {
                return check(element, property, optional.orElse(null));
            }
            if (reference instanceof List<?> values) {
                return IntStream.range(0, values.size())
                        .filter(k -> values.get(k) != null && !ids.contains(values.get(k)))
                        .mapToObj(k -> unresolved(JsonPaths.index(path.get(), k), values.get(k)));
            }
            if (reference instanceof Collection<?> values) {
                return values.stream().filter(v -> v != null && !ids.contains(v)).map(v -> unresolved(path.get(), v));
            }
            return reference == null || ids.contains(reference) ? Stream.empty()
                    : Stream.of(unresolved(path.get(), reference));
        }

        private Violation unresolved(String path, Object reference) {
            return Violation.of(path, "dataset.reference.unresolved", Map.of("target", list(name))).rejecting(reference);
        }
    }

    // ---- cross-field rules -------------------------------------------------------------------

    private static Stream<Violation> conventionTerms(Dataset d) {
        return each(list("conventions"), d.conventions())
                .filter(c -> c.value().validity() != null && c.value().extensions().stream()
                        .allMatch(e -> e != null && e.agreedOn() != null && e.newEnd() != null))
                .flatMap(c -> c.value().legalIssues().stream().map(issue -> legalIssue(c.path(), c.value(), issue)));
    }

    private static Violation legalIssue(String path, Convention convention, LegalIssue issue) {
        return switch (issue.code()) {
            case INITIAL_TERM_OVER_FOUR_YEARS -> Violation.of(JsonPaths.property(path, "validity"),
                    "dataset.convention.initialTermOverFourYears", Map.of()).rejecting(convention.validity());
            case EXTENSION_AGREED_AFTER_END -> Violation.of(JsonPaths.property(path, "extensions"),
                    "dataset.convention.extensionAgreedAfterEnd", Map.of());
            case EXTENSION_NOT_AFTER_PREVIOUS_END -> Violation.of(JsonPaths.property(path, "extensions"),
                    "dataset.convention.extensionNotAfterPreviousEnd", Map.of());
            case EXTENSIONS_OVER_FOUR_YEARS -> Violation.of(JsonPaths.property(path, "extensions"),
                    "dataset.convention.extensionsOverFourYears", Map.of(
                            "end", convention.effectiveEnd().toString(),
                            "initialEnd", convention.validity().end().toString()));
        };
    }

    private static Stream<Violation> adhesionDates(Dataset d) {
        return each(list("conventions"), d.conventions())
                .flatMap(c -> each(JsonPaths.property(c.path(), "adhesions"), c.value().adhesions()))
                .filter(a -> a.value().adheredOn() != null
                        && a.value().leftOn().filter(left -> !left.isAfter(a.value().adheredOn())).isPresent())
                .map(a -> Violation.of(JsonPaths.property(a.path(), "leftOn"), "dataset.adhesion.leftBeforeAdhered",
                        Map.of("adheredOn", a.value().adheredOn().toString())).rejecting(a.value().leftOn()));
    }

    private static Stream<Violation> incidentHistories(Dataset d) {
        return each(list("incidents"), d.incidents())
                .filter(i -> !i.value().history().isEmpty())
                .flatMap(i -> i.value().historyProblems().stream().map(HistoryProblem::index).distinct()
                        .flatMap(index -> historyProblems(JsonPaths.property(i.path(), "history"), i.value(), index)));
    }

    /**
     * Names the flaws of one history entry that {@link Incident#historyProblems()} found. The
     * record decides where the history is flawed; this only picks the translated message for each
     * kind of flaw it describes.
     */
    private static Stream<Violation> historyProblems(String historyPath, Incident incident, int index) {
        String path = JsonPaths.index(historyPath, index);
        StatusChange change = incident.history().get(index);
        Stream.Builder<Violation> found = Stream.builder();
        if (index == 0) {
            if (change.status() != null && change.status() != IncidentStatus.NEW) {
                found.add(Violation.of(JsonPaths.property(path, "status"), "dataset.incident.history.firstNotNew",
                        Map.of()).rejecting(change.status()));
            }
            if (change.at() != null && incident.openedAt() != null && !change.at().equals(incident.openedAt())) {
                found.add(Violation.of(JsonPaths.property(path, "at"), "dataset.incident.history.firstNotAtOpening",
                        Map.of("openedAt", incident.openedAt().toString())).rejecting(change.at()));
            }
            return found.build();
        }
        StatusChange previous = incident.history().get(index - 1);
        if (previous.at() != null && change.at() != null && change.at().isBefore(previous.at())) {
            found.add(Violation.of(JsonPaths.property(path, "at"), "dataset.incident.history.outOfOrder",
                    Map.of("previous", previous.at().toString())).rejecting(change.at()));
        }
        if (previous.status() != null && change.status() != null && !previous.status().canMoveTo(change.status())) {
            String allowed = previous.status().nextStatuses().stream().map(Enum::name).collect(Collectors.joining(", "));
            found.add(Violation.of(JsonPaths.property(path, "status"),
                    allowed.isEmpty() ? "dataset.incident.history.afterTerminal" : "dataset.incident.history.illegalMove",
                    Map.of("from", previous.status().name(), "allowed", allowed)).rejecting(change.status()));
        }
        return found.build();
    }

    private static Stream<Violation> securityClassifications(Dataset d, IncidentTaxonomy taxonomy) {
        return each(list("incidents"), d.incidents())
                .filter(i -> i.value().security().map(SecurityClassification::typeId).isPresent())
                .flatMap(i -> {
                    SecurityClassification security = i.value().security().orElseThrow();
                    String path = JsonPaths.property(i.path(), "security");
                    Optional<IncidentType> type = taxonomy.type(security.typeId());
                    if (type.isEmpty()) {
                        return Stream.of(Violation.of(JsonPaths.property(path, "typeId"),
                                "dataset.incident.unknownType", Map.of()).rejecting(security.typeId()));
                    }
                    return security.isManualDangerBelowDefault(taxonomy)
                            ? Stream.of(Violation.of(JsonPaths.property(path, "manualDanger"),
                                    "dataset.incident.manualDangerBelowDefault", Map.of(
                                            "default", type.get().defaultDanger().name(), "type", security.typeId()))
                                    .rejecting(security.manualDanger()))
                            : Stream.empty();
                });
    }

    private static Stream<Violation> assetDates(Dataset d) {
        return each(list(ASSETS), d.assets()).flatMap(a -> {
            Optional<LocalDate> acquired = a.value().acquisitionDate();
            Optional<LocalDate> supportEnds = a.value().endOfSupport();
            return acquired.isPresent() && supportEnds.filter(end -> end.isBefore(acquired.get())).isPresent()
                    ? Stream.of(Violation.of(JsonPaths.property(a.path(), "endOfSupport"),
                            "dataset.asset.supportEndsBeforeAcquisition",
                            Map.of("acquisitionDate", acquired.get().toString())).rejecting(supportEnds))
                    : Stream.empty();
        });
    }

    // ---- warnings ----------------------------------------------------------------------------

    private static Stream<Violation> municipalityNames(Dataset d, MunicipalityRegister register) {
        return each(list(MUNICIPALITIES), d.municipalities())
                .filter(m -> m.value().code() != null && m.value().name() != null
                        && m.value().kind() == MunicipalityKind.MUNICIPALITY)
                .flatMap(m -> register.find(m.value().code())
                        .filter(entry -> !entry.nameAgrees(m.value().name()))
                        .map(RegisterEntry::name)
                        .map(official -> Violation.of(JsonPaths.property(m.path(), "name"),
                                "dataset.municipality.nameDisagrees", Map.of("official", official))
                                .rejecting(m.value().name()))
                        .stream());
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** An element of a list and its index, whose JSON path is built only when a violation names it. */
    private record Located<E>(String listPath, int index, E value) {
        String path() {
            return JsonPaths.index(listPath, index);
        }
    }

    /** Returns the non-null elements of a list with their paths below {@code listPath}. */
    private static <E> Stream<Located<E>> each(String listPath, List<E> elements) {
        return IntStream.range(0, elements.size())
                .filter(i -> elements.get(i) != null)
                .mapToObj(i -> new Located<>(listPath, i, elements.get(i)));
    }

    private static String list(String name) {
        return JsonPaths.property(JsonPaths.ROOT, name);
    }

    private static <E> Set<Object> ids(List<E> elements, Function<E, ?> id) {
        return elements.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
