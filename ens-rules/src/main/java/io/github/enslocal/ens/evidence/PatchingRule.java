// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * op.exp.4 Mantenimiento y actualizaciones de seguridad: no asset is past its vendor's end of
 * support (major: it no longer receives security updates); assets whose support ends within
 * {@code endOfSupportWarningDays} give an observation; every asset except cloud services (which
 * the provider patches) was patched within {@code patchMaxAgeDays} (minor if older, observation
 * if no patch is recorded).
 */
final class PatchingRule extends BuiltInRule {

    private static final String MEASURE = "op.exp.4";

    private final int patchMaxAgeDays;
    private final int warningDays;

    PatchingRule(EvidenceThresholds thresholds) {
        super("end-of-support-and-patching", List.of(MEASURE),
                "No asset is past its vendor's end of support, and every asset was patched recently",
                thresholds.describe("patchMaxAgeDays", "endOfSupportWarningDays"));
        this.patchMaxAgeDays = thresholds.patchMaxAgeDays();
        this.warningDays = thresholds.endOfSupportWarningDays();
    }

    @Override
    void check(EvaluationContext context, Findings findings) {
        LocalDate asOf = context.asOf();
        List<Asset> unsupported = new ArrayList<>();
        List<Asset> endingSoon = new ArrayList<>();
        List<Asset> patchable = new ArrayList<>();
        for (Asset asset : context.assetsInService()) {
            Optional<Long> daysLeft = asset.daysUntilEndOfSupport(asOf);
            if (daysLeft.isPresent() && daysLeft.get() < 0) {
                unsupported.add(asset);
            } else if (daysLeft.isPresent() && daysLeft.get() < warningDays) {
                endingSoon.add(asset);
            }
            if (asset.type() != AssetType.CLOUD_SERVICE) {
                patchable.add(asset);
            }
        }
        findings.assets(MEASURE, FindingGrade.MAJOR, unsupported, "patching.out-of-support");
        findings.assets(MEASURE, FindingGrade.OBSERVATION, endingSoon, "patching.support-ending",
                Map.of("warningDays", warningDays));
        findings.ages(MEASURE, patchable, asset -> asset.securityFacts().lastPatch(), asOf, patchMaxAgeDays,
                "patching.stale", FindingGrade.OBSERVATION, "patching.unrecorded");
    }
}
