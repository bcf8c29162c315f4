// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.List;

/**
 * mp.info.6 Copias de seguridad: servers and storage devices were backed up within
 * {@code backupMaxAgeDays} and a restore from backup was tested within
 * {@code restoreTestMaxAgeDays} (minor if older, observation if nothing is recorded).
 */
final class BackupRule extends BuiltInRule {

    private static final String MEASURE = "mp.info.6";

    private final int backupMaxAgeDays;
    private final int restoreTestMaxAgeDays;

    BackupRule(EvidenceThresholds thresholds) {
        super("backups-and-restore-tests", List.of(MEASURE),
                "Servers and storage devices are backed up and restores from backup are tested regularly",
                thresholds.describe("backupMaxAgeDays", "restoreTestMaxAgeDays"));
        this.backupMaxAgeDays = thresholds.backupMaxAgeDays();
        this.restoreTestMaxAgeDays = thresholds.restoreTestMaxAgeDays();
    }

    @Override
    void check(EvaluationContext context, Findings findings) {
        List<Asset> holders = context.assetsInService().stream()
                .filter(asset -> asset.type().isServer() || asset.type() == AssetType.STORAGE).toList();
        findings.ages(MEASURE, holders, asset -> asset.securityFacts().lastBackup(), context.asOf(), backupMaxAgeDays,
                "backup.stale", FindingGrade.OBSERVATION, "backup.unrecorded");
        findings.ages(MEASURE, holders, asset -> asset.securityFacts().lastRestoreTest(), context.asOf(),
                restoreTestMaxAgeDays, "restore-test.stale", FindingGrade.OBSERVATION, "restore-test.unrecorded");
    }
}
