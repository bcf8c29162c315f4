// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.List;

/**
 * mp.info.6 Copias de seguridad: servers and storage devices were backed up within
 * {@code backupMaxAgeDays} (base requirement: "se realizarán copias de seguridad que permitan
 * recuperar datos perdidos") and, under R1 Pruebas de recuperación ("los procedimientos de copia
 * de seguridad y restauración deben probarse regularmente"), a restore from backup was tested within
 * {@code restoreTestMaxAgeDays}; minor if older, observation if nothing is recorded. R1 is required
 * from D=MEDIO (Anexo II; the OSCAL catalog lists its levels as MEDIO and ALTO), so restore tests
 * are not checked on a system whose availability is BAJO.
 */
final class BackupRule extends BuiltInRule {

    private static final String MEASURE = "mp.info.6";
    private static final String RESTORE_TESTS = "mp.info.6.r1";

    private final int backupMaxAgeDays;
    private final int restoreTestMaxAgeDays;

    BackupRule(EvidenceThresholds thresholds) {
        super("backups-and-restore-tests", List.of(MEASURE, RESTORE_TESTS),
                "mp.info.6: servers and storage devices are backed up regularly; R1 (Pruebas de recuperación):"
                        + " restores from backup are tested regularly",
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
        findings.ages(RESTORE_TESTS, holders, asset -> asset.securityFacts().lastRestoreTest(), context.asOf(),
                restoreTestMaxAgeDays, "restore-test.stale", FindingGrade.OBSERVATION, "restore-test.unrecorded");
    }
}
