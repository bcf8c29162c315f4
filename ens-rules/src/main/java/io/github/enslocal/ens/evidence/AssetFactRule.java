// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.core.asset.SecurityFacts;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule on one yes-or-no security fact of the system's assets of some types: assets where the
 * fact is known not to hold give a finding of the rule's grade; assets where it is unknown give an
 * observation. A system without assets of those types gives nothing.
 */
final class AssetFactRule extends BuiltInRule {

    private final String part;
    private final Predicate<AssetType> scope;
    private final Function<SecurityFacts, Fact> fact;
    private final FindingGrade gradeWhenMissing;
    private final String missing;
    private final String unknown;

    /**
     * Creates a rule whose findings have codes {@code <codes>.missing} and {@code <codes>.unrecorded}.
     */
    private AssetFactRule(String id, String part, String description, Predicate<AssetType> scope,
            Function<SecurityFacts, Fact> fact, FindingGrade gradeWhenMissing, String codes) {
        super(id, List.of(part), description, List.of());
        this.part = part;
        this.scope = scope;
        this.fact = fact;
        this.gradeWhenMissing = gradeWhenMissing;
        this.missing = codes + ".missing";
        this.unknown = codes + ".unrecorded";
    }

    /** op.exp.6: endpoints and servers run active anti-malware; a gap is a minor non-conformity. */
    static AssetFactRule antiMalware() {
        return new AssetFactRule("anti-malware", "op.exp.6",
                "op.exp.6 (base): desktops, portable devices and servers run active anti-malware protection",
                type -> type.isEndpoint() || type.isServer(), SecurityFacts::antiMalware, FindingGrade.MINOR,
                "anti-malware");
    }

    /** op.exp.8: servers, network devices and cloud services log activity; a gap is minor. */
    static AssetFactRule logging() {
        return new AssetFactRule("activity-logging", "op.exp.8",
                "op.exp.8 (base): servers, network devices and cloud services record activity logs",
                type -> type.isServer() || type == AssetType.NETWORK_DEVICE || type == AssetType.CLOUD_SERVICE,
                SecurityFacts::logging, FindingGrade.MINOR, "logging");
    }

    /**
     * op.acc.6: access to servers, cloud services, software and user devices needs a second
     * factor; a gap is minor.
     */
    static AssetFactRule multiFactorAuthentication() {
        return new AssetFactRule("multi-factor-authentication", "op.acc.6",
                "Access to servers, cloud services, software and user devices requires multi-factor authentication",
                type -> type.isServer() || type.isEndpoint() || type == AssetType.CLOUD_SERVICE || type == AssetType.SOFTWARE,
                SecurityFacts::mfa, FindingGrade.MINOR, "mfa");
    }

    /**
     * mp.eq.3: portable devices have encrypted disks; an unencrypted one is a major non-conformity,
     * since a lost laptop or phone exposes everything on it (the grade is the library's choice).
     */
    static AssetFactRule portableDeviceEncryption() {
        return new AssetFactRule("portable-device-encryption", "mp.eq.3",
                "Portable devices (laptops, mobiles, tablets) have encrypted disks",
                AssetType::isPortable, SecurityFacts::diskEncryption, FindingGrade.MAJOR, "encryption");
    }

    @Override
    void check(EvaluationContext context, Findings findings) {
        List<Asset> without = new ArrayList<>();
        List<Asset> unrecorded = new ArrayList<>();
        for (Asset asset : context.assetsInService()) {
            if (scope.test(asset.type())) {
                Fact value = fact.apply(asset.securityFacts());
                if (value == Fact.NO) {
                    without.add(asset);
                } else if (value == Fact.UNKNOWN) {
                    unrecorded.add(asset);
                }
            }
        }
        findings.assets(part, gradeWhenMissing, without, missing);
        findings.assets(part, FindingGrade.OBSERVATION, unrecorded, unknown);
    }
}
