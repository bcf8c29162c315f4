// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.assessment.AdequacyPlan;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.assessment.PlanAction;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.dataset.Violation;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that the measures and reinforcements a dataset names exist in a catalog, which
 * {@code core} cannot do since the catalog lives here: an assessment of {@code op.exp.99} or one
 * declaring {@code op.acc.6.r9} would otherwise drop out of the indices without a word.
 *
 * <p>The violations have the codes {@code dataset.catalog.unknownMeasure} (arguments
 * {@code measure}, {@code version}) and {@code dataset.catalog.unknownReinforcement} (arguments
 * {@code reinforcement}, {@code version}), whose messages are in the dataset message catalogue in
 * Catalan, Spanish and English, and the JSON path of the value: {@code $.assessments[3].measure},
 * {@code $.assessments[3].reinforcements} (the set is normalised, so no index is given) or
 * {@code $.plans[0].actions[2].measure}. This class is stateless and thread-safe.
 */
public final class CatalogReferences {

    private CatalogReferences() {
    }

    /**
     * Returns the references of a dataset to measures and reinforcements the catalog lacks.
     *
     * @param dataset the dataset, valid, not null
     * @param catalog the catalog, not null
     * @return the violations in document order, empty if every reference exists
     */
    public static List<Violation> check(Dataset dataset, MeasureCatalog catalog) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(catalog, "catalog");
        List<Violation> violations = new ArrayList<>();
        List<MeasureAssessment> assessments = dataset.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            MeasureAssessment assessment = assessments.get(i);
            String path = "$.assessments[" + i + "]";
            measure(violations, path + ".measure", assessment.measure(), catalog);
            for (ReinforcementId reinforcement : assessment.reinforcements()) {
                if (catalog.find(reinforcement.measure()).isPresent() && catalog.reinforcement(reinforcement).isEmpty()) {
                    violations.add(violation(path + ".reinforcements", "dataset.catalog.unknownReinforcement",
                            Map.of("reinforcement", reinforcement.toString(), "version", catalog.dataVersion()),
                            reinforcement.toString()));
                }
            }
        }
        List<AdequacyPlan> plans = dataset.plans();
        for (int i = 0; i < plans.size(); i++) {
            List<PlanAction> actions = plans.get(i).actions();
            for (int j = 0; j < actions.size(); j++) {
                measure(violations, "$.plans[" + i + "].actions[" + j + "].measure", actions.get(j).measure(), catalog);
            }
        }
        return List.copyOf(violations);
    }

    private static void measure(List<Violation> violations, String path, MeasureId measure, MeasureCatalog catalog) {
        if (catalog.find(measure).isEmpty()) {
            violations.add(violation(path, "dataset.catalog.unknownMeasure",
                    Map.of("measure", measure.toString(), "version", catalog.dataVersion()), measure.toString()));
        }
    }

    private static Violation violation(String path, String code, Map<String, String> arguments, String rejected) {
        return new Violation(path, code, arguments, Optional.of("'" + rejected + "'"), Optional.empty());
    }
}
