// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.asset.Fact;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.FindingGrade;
import java.util.ArrayList;
import java.util.List;

/**
 * op.acc.6 R8 Doble factor para acceso desde o a través de zonas no controladas: "para el acceso
 * desde o a través de zonas no controladas se requerirá un doble factor de autenticación: R2, R3 o
 * R4" (Anexo II). Inside controlled zones a password (R1) is allowed, so only servers, user devices,
 * software and cloud services reached from outside controlled zones
 * ({@link io.github.enslocal.core.asset.SecurityFacts#externalAccess()}) need a second factor: one
 * without it is a minor non-conformity, one whose second factor is not recorded an observation, and
 * one without a second factor whose external access is not recorded an observation too. R8 applies
 * wherever op.acc.6 does, at every level.
 */
final class MultiFactorRule extends BuiltInRule {

    private static final String PART = "op.acc.6.r8";

    MultiFactorRule() {
        super("multi-factor-authentication", List.of(PART),
                "op.acc.6 R8: access from or through zones not under the organisation's control (remote access, the"
                        + " Internet) to servers, cloud services, software and user devices requires a second factor",
                List.of());
    }

    @Override
    void check(EvaluationContext context, Findings findings) {
        List<Asset> without = new ArrayList<>();
        List<Asset> unrecorded = new ArrayList<>();
        List<Asset> reachUnknown = new ArrayList<>();
        for (Asset asset : context.assetsInService()) {
            AssetType type = asset.type();
            if (!(type.isServer() || type.isEndpoint() || type == AssetType.CLOUD_SERVICE || type == AssetType.SOFTWARE)) {
                continue;
            }
            Fact external = asset.securityFacts().externalAccess();
            Fact mfa = asset.securityFacts().mfa();
            if (external == Fact.YES && mfa == Fact.NO) {
                without.add(asset);
            } else if (external == Fact.YES && mfa == Fact.UNKNOWN) {
                unrecorded.add(asset);
            } else if (external == Fact.UNKNOWN && mfa == Fact.NO) {
                reachUnknown.add(asset);
            }
        }
        findings.assets(PART, FindingGrade.MINOR, without, "mfa.missing");
        findings.assets(PART, FindingGrade.OBSERVATION, unrecorded, "mfa.unrecorded");
        findings.assets(PART, FindingGrade.OBSERVATION, reachUnknown, "mfa.external-access-unrecorded");
    }
}
