// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.ens.spi.EvidenceRule;
import java.util.List;
import java.util.Objects;

/**
 * Obtains the built-in evidence rules.
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>id</th><th>measures</th></tr>
 *   <tr><td>{@code inventory-completeness}</td><td>op.exp.1</td></tr>
 *   <tr><td>{@code end-of-support-and-patching}</td><td>op.exp.4</td></tr>
 *   <tr><td>{@code anti-malware}</td><td>op.exp.6</td></tr>
 *   <tr><td>{@code incident-handling}</td><td>op.exp.7</td></tr>
 *   <tr><td>{@code activity-logging}</td><td>op.exp.8</td></tr>
 *   <tr><td>{@code incident-register}</td><td>op.exp.9</td></tr>
 *   <tr><td>{@code portable-device-encryption}</td><td>mp.eq.3 R1</td></tr>
 *   <tr><td>{@code backups-and-restore-tests}</td><td>mp.info.6, mp.info.6 R1</td></tr>
 *   <tr><td>{@code multi-factor-authentication}</td><td>op.acc.6 R8</td></tr>
 *   <tr><td>{@code external-provider-contract}</td><td>op.ext.1, op.ext.2</td></tr>
 *   <tr><td>{@code training}</td><td>mp.per.3, mp.per.4</td></tr>
 *   <tr><td>{@code policy-approval}</td><td>org.1</td></tr>
 *   <tr><td>{@code role-segregation}</td><td>org.1</td></tr>
 *   <tr><td>{@code risk-analysis}</td><td>op.pl.1</td></tr>
 *   <tr><td>{@code categorisation-review}</td><td>none: the system (Anexo I.1)</td></tr>
 *   <tr><td>{@code conformity-audit}</td><td>none: the system (art. 31.1, 38.1)</td></tr>
 * </table>
 *
 * <p>Each check belongs to the part of the measure that demands it: the base requirement, or a
 * reinforcement (R<i>n</i>). A finding names its part ({@link io.github.enslocal.ens.spi.Finding#part()}),
 * and the evaluator keeps it only where the system's Declaración de Aplicabilidad requires that part
 * (CCN-STIC 802 §7.1 ¶127: a non-conformity is a failure of a base requirement or mandatory
 * reinforcement "siempre que sea de aplicación en función de la categorización del sistema").
 *
 * <p>Each rule's description, thresholds and grading are on the rule itself
 * ({@link EvidenceRule#description()}, {@link EvidenceRule#thresholds()}). The grades the rules
 * give (major, minor, observation) follow CCN-STIC 802 §7 where it names a case (a missing policy or
 * security officer, categorisation failures); elsewhere they are the library's choice: a known
 * failure is minor, an unknown fact an observation, and an unsupported product, an unencrypted
 * portable device, an unnotified incident or a missing contract, risk analysis or audit major.
 * The rules are immutable and thread-safe.
 */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    /**
     * Returns the built-in rules with the default thresholds.
     *
     * @return the rules, in the order of the table above
     */
    public static List<EvidenceRule> standard() {
        return standard(EvidenceThresholds.defaults());
    }

    /**
     * Returns the built-in rules with some thresholds.
     *
     * @param thresholds the thresholds, not null
     * @return the rules, in the order of the table above
     */
    public static List<EvidenceRule> standard(EvidenceThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return List.of(
                new InventoryRule(thresholds),
                new PatchingRule(thresholds),
                AssetFactRule.antiMalware(),
                IncidentRules.handling(thresholds),
                AssetFactRule.logging(),
                IncidentRules.register(),
                AssetFactRule.portableDeviceEncryption(),
                new BackupRule(thresholds),
                new MultiFactorRule(),
                MunicipalityRules.externalProvider(thresholds),
                MunicipalityRules.training(thresholds),
                GovernanceRules.policyApproval(),
                GovernanceRules.roleSegregation(),
                GovernanceRules.riskAnalysis(thresholds),
                GovernanceRules.categorisationReview(thresholds),
                GovernanceRules.conformityAudit(thresholds));
    }
}
