// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.ens.spi.Threshold;
import java.util.List;
import java.util.Set;

/**
 * A host's own rule, as a consell comarcal might write it: network devices must have their
 * firmware version recorded (op.exp.2). Registered for {@link java.util.ServiceLoader} by the test
 * resource {@code META-INF/services/io.github.enslocal.ens.spi.EvidenceRule}.
 */
public final class FirmwareVersionRule implements EvidenceRule {

    static final String ID = "bages-firmware-version";

    /** Creates the rule; the public no-argument constructor is what ServiceLoader calls. */
    public FirmwareVersionRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<MeasureId> measures() {
        return Set.of(MeasureId.parse("op.exp.2"));
    }

    @Override
    public String description() {
        return "Network devices have their firmware version recorded";
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of();
    }

    @Override
    public List<Finding> evaluate(EvaluationContext context) {
        List<Subject> unversioned = context.assets().stream()
                .filter(asset -> asset.type() == AssetType.NETWORK_DEVICE && asset.version().isEmpty())
                .map(Asset::id).map(Subject::asset).toList();
        return unversioned.isEmpty() ? List.of() : List.of(Finding.of(ID, MeasureId.parse("op.exp.2"), FindingGrade.MINOR,
                unversioned.size() + " network devices with no firmware version recorded", unversioned));
    }
}
