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
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The records of a dataset grouped by the keys the evaluation looks them up by, built in one pass
 * over each list so that evaluating every system costs time in proportion to the dataset.
 * Immutable once built (the index of incidents by asset is built on first use, under a lock), so
 * safe to share between threads.
 */
final class DatasetIndex {

    final Dataset dataset;
    private final Map<String, Asset> assetsById;
    private final Map<IneCode, List<Incident>> incidentsByMunicipality;
    private final Map<IneCode, List<Convention>> conventionsByMunicipality = new HashMap<>();
    /**
     * Each municipality's adhesions by convention; conventions are keys by identity, since a
     * record's hash would visit all its adhesions (8,132 in the scale dataset).
     */
    private final Map<IneCode, Map<Convention, List<Adhesion>>> adhesionsByMunicipality = new HashMap<>();
    /** The dataset's conventions, by identity. */
    private final Set<Convention> conventions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<IneCode, List<TrainingSession>> trainingByMunicipality = new HashMap<>();
    private final Map<String, List<MeasureAssessment>> assessmentsBySystem;
    private final Map<IneCode, Municipality> municipalities;
    /** Only systems without an owner municipality read it, so it is built when one first does. */
    private Map<String, List<Integer>> incidentPositionsByAsset;

    DatasetIndex(Dataset dataset) {
        this(dataset, Runnable::run);
    }

    /**
     * Indexes a dataset, building its three large groupings (assets, incidents, assessments) as
     * tasks of an executor, so that a parallel evaluation also indexes in parallel.
     */
    // Plain loops and presized maps: for the whole of Spain this visits 1.6 million records on
    // every evaluation, before any system is evaluated.
    DatasetIndex(Dataset dataset, Executor executor) {
        this.dataset = dataset;
        CompletableFuture<Map<String, Asset>> assets = CompletableFuture.supplyAsync(
                () -> byId(dataset.assets()), executor);
        CompletableFuture<Map<IneCode, List<Incident>>> incidents = CompletableFuture.supplyAsync(
                () -> group(dataset.incidents(), Incident::municipality), executor);
        assessmentsBySystem = group(dataset.assessments(), MeasureAssessment::systemId);
        for (Convention convention : dataset.conventions()) {
            if (convention != null) {
                conventions.add(convention);
                for (Adhesion adhesion : convention.adhesions()) {
                    if (adhesion != null) {
                        index(convention, adhesion);
                    }
                }
            }
        }
        for (TrainingSession session : dataset.trainingSessions()) {
            if (session != null) {
                session.municipalities().forEach(code ->
                        trainingByMunicipality.computeIfAbsent(code, key -> new ArrayList<>()).add(session));
            }
        }
        municipalities = sized(dataset.municipalities().size());
        for (Municipality municipality : dataset.municipalities()) {
            if (municipality != null) {
                municipalities.putIfAbsent(municipality.code(), municipality);
            }
        }
        assetsById = join(assets);
        incidentsByMunicipality = join(incidents);
    }

    private void index(Convention convention, Adhesion adhesion) {
        Map<Convention, List<Adhesion>> byConvention = adhesionsByMunicipality.computeIfAbsent(adhesion.municipality(),
                key -> new IdentityHashMap<>());
        byConvention.computeIfAbsent(convention, key -> {
            conventionsByMunicipality.computeIfAbsent(adhesion.municipality(), code -> new ArrayList<>()).add(convention);
            return new ArrayList<>();
        }).add(adhesion);
    }

    private static Map<String, Asset> byId(List<Asset> assets) {
        Map<String, Asset> byId = sized(assets.size());
        for (Asset asset : assets) {
            if (asset != null) {
                byId.putIfAbsent(asset.id(), asset);
            }
        }
        return byId;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private synchronized Map<String, List<Integer>> incidentPositionsByAsset() {
        if (incidentPositionsByAsset == null) {
            List<Incident> incidents = dataset.incidents();
            Map<String, List<Integer>> positions = new HashMap<>();
            for (int position = 0; position < incidents.size(); position++) {
                Incident incident = incidents.get(position);
                if (incident != null) {
                    Integer at = position;
                    List<String> affected = incident.affectedAssetIds();
                    Iterable<String> distinct = affected.size() < 2 ? affected : new LinkedHashSet<>(affected);
                    for (String assetId : distinct) {
                        positions.computeIfAbsent(assetId, key -> new ArrayList<>(2)).add(at);
                    }
                }
            }
            incidentPositionsByAsset = positions;
        }
        return incidentPositionsByAsset;
    }

    private static <K, V> HashMap<K, V> sized(int expected) {
        return new HashMap<>(expected + expected / 3 + 1);
    }

    private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
        Map<K, List<V>> groups = new HashMap<>();
        K lastKey = null;
        List<V> last = null;
        for (V value : values) {
            if (value != null) {
                K k = key.apply(value);
                // Datasets list records grouped by owner, so the previous group is usually the one.
                if (last == null || !Objects.equals(k, lastKey)) {
                    last = groups.computeIfAbsent(k, absent -> new ArrayList<>());
                    lastKey = k;
                }
                last.add(value);
            }
        }
        return groups;
    }

    List<Asset> assets(Set<String> ids) {
        List<Asset> assets = new ArrayList<>(ids.size());
        for (String id : ids) {
            Asset asset = assetsById.get(id);
            if (asset != null) {
                assets.add(asset);
            }
        }
        return Collections.unmodifiableList(assets);
    }

    List<Incident> incidents(IneCode municipality) {
        return unmodifiable(incidentsByMunicipality.get(municipality));
    }

    /** Returns the incidents affecting any of some assets, once each, in dataset order. */
    List<Incident> incidentsAffecting(Set<String> assetIds) {
        SortedSet<Integer> positions = new TreeSet<>();
        Map<String, List<Integer>> byAsset = incidentPositionsByAsset();
        assetIds.forEach(id -> positions.addAll(byAsset.getOrDefault(id, List.of())));
        return positions.stream().map(dataset.incidents()::get).toList();
    }

    List<Convention> conventions(IneCode municipality) {
        return unmodifiable(conventionsByMunicipality.get(municipality));
    }

    /**
     * Returns a municipality's adhesions to a convention, if the convention is one of the dataset's
     * (the same object).
     */
    Optional<List<Adhesion>> adhesions(IneCode municipality, Convention convention) {
        if (!conventions.contains(convention)) {
            return Optional.empty();
        }
        Map<Convention, List<Adhesion>> byConvention = adhesionsByMunicipality.getOrDefault(municipality, Map.of());
        return Optional.of(unmodifiable(byConvention.get(convention)));
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
