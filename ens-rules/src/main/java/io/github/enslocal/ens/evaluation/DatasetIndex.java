// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.training.TrainingSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The records of a dataset grouped by the keys the evaluation looks them up by, built in one pass
 * over each list so that evaluating every system costs time in proportion to the dataset.
 * Immutable once built, so safe to share between threads.
 */
final class DatasetIndex {

    final Dataset dataset;
    private final Map<String, Asset> assetsById = new HashMap<>();
    private final Map<IneCode, List<Incident>> incidentsByMunicipality;
    private final Map<String, List<Integer>> incidentPositionsByAsset = new HashMap<>();
    private final Map<IneCode, List<Convention>> conventionsByMunicipality = new HashMap<>();
    private final Map<IneCode, List<TrainingSession>> trainingByMunicipality = new HashMap<>();
    private final Map<String, List<MeasureAssessment>> assessmentsBySystem;
    private final Map<IneCode, Municipality> municipalities = new HashMap<>();

    DatasetIndex(Dataset dataset) {
        this.dataset = dataset;
        dataset.assets().stream().filter(Objects::nonNull).forEach(asset -> assetsById.putIfAbsent(asset.id(), asset));
        incidentsByMunicipality = group(dataset.incidents(), Incident::municipality);
        for (int position = 0; position < dataset.incidents().size(); position++) {
            Incident incident = dataset.incidents().get(position);
            if (incident != null) {
                int at = position;
                new LinkedHashSet<>(incident.affectedAssetIds()).forEach(assetId ->
                        incidentPositionsByAsset.computeIfAbsent(assetId, key -> new ArrayList<>()).add(at));
            }
        }
        for (Convention convention : dataset.conventions()) {
            if (convention != null) {
                convention.adhesions().stream().filter(Objects::nonNull).map(Adhesion::municipality).distinct()
                        .forEach(code -> conventionsByMunicipality.computeIfAbsent(code, key -> new ArrayList<>()).add(convention));
            }
        }
        for (TrainingSession session : dataset.trainingSessions()) {
            if (session != null) {
                session.municipalities().forEach(code ->
                        trainingByMunicipality.computeIfAbsent(code, key -> new ArrayList<>()).add(session));
            }
        }
        assessmentsBySystem = group(dataset.assessments(), MeasureAssessment::systemId);
        dataset.municipalities().stream().filter(Objects::nonNull)
                .forEach(municipality -> municipalities.putIfAbsent(municipality.code(), municipality));
    }

    private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
        Map<K, List<V>> groups = new HashMap<>();
        values.stream().filter(Objects::nonNull)
                .forEach(value -> groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value));
        return groups;
    }

    List<Asset> assets(Set<String> ids) {
        return ids.stream().map(assetsById::get).filter(Objects::nonNull).toList();
    }

    List<Incident> incidents(IneCode municipality) {
        return unmodifiable(incidentsByMunicipality.get(municipality));
    }

    /** Returns the incidents affecting any of some assets, once each, in dataset order. */
    List<Incident> incidentsAffecting(Set<String> assetIds) {
        SortedSet<Integer> positions = new TreeSet<>();
        assetIds.forEach(id -> positions.addAll(incidentPositionsByAsset.getOrDefault(id, List.of())));
        return positions.stream().map(dataset.incidents()::get).toList();
    }

    List<Convention> conventions(IneCode municipality) {
        return unmodifiable(conventionsByMunicipality.get(municipality));
    }

    List<TrainingSession> trainingSessions(IneCode municipality) {
        return unmodifiable(trainingByMunicipality.get(municipality));
    }

    List<MeasureAssessment> assessments(String systemId) {
        return unmodifiable(assessmentsBySystem.get(systemId));
    }

    Map<IneCode, Municipality> municipalities() {
        return Collections.unmodifiableMap(municipalities);
    }

    private static <T> List<T> unmodifiable(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }
}
