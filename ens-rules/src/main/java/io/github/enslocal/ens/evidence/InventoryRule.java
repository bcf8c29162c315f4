// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import java.util.List;
import java.util.Map;

/**
 * op.exp.1 Inventario de activos: every asset of the system names its responsible person and its
 * location (minor if not), and its record was reviewed within {@code inventoryReviewMaxAgeDays}
 * (minor if the last review is older, or if none is recorded). A system that lists no asset gives an
 * observation: its inventory cannot be checked.
 */
final class InventoryRule extends BuiltInRule {

    private static final String MEASURE = "op.exp.1";

    private final int maxAgeDays;

    InventoryRule(EvidenceThresholds thresholds) {
        super("inventory-completeness", List.of(MEASURE),
                "Every asset names its responsible person and location, and its inventory record was reviewed recently",
                thresholds.describe("inventoryReviewMaxAgeDays"));
        this.maxAgeDays = thresholds.inventoryReviewMaxAgeDays();
    }

    @Override
    void check(EvaluationContext context, Findings findings) {
        List<Asset> assets = context.assetsInService();
        if (assets.isEmpty()) {
            findings.add(MEASURE, FindingGrade.OBSERVATION, "inventory.no-assets", Map.of(),
                    List.of(Subject.system(context.system().id())));
            return;
        }
        findings.assets(MEASURE, FindingGrade.MINOR,
                assets.stream().filter(asset -> asset.responsible().isEmpty()).toList(), "inventory.no-responsible");
        findings.assets(MEASURE, FindingGrade.MINOR,
                assets.stream().filter(asset -> asset.location().isEmpty()).toList(), "inventory.no-location");
        findings.ages(MEASURE, assets, asset -> asset.securityFacts().lastInventoryReview(), context.asOf(), maxAgeDays,
                "inventory.review-stale", FindingGrade.MINOR, "inventory.review-unrecorded");
    }
}
