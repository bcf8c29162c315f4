// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static io.github.enslocal.ens.evaluation.Bages.AS_OF;
import static io.github.enslocal.ens.evaluation.Bages.EXPEDIENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.convention.Adhesion;
import io.github.enslocal.core.convention.Convention;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.evaluation.Bages.AssetSpec;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Threshold;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Hosts add rules through the builder or through ServiceLoader, and the evaluator holds them to the contract. */
class EvidenceRuleSpiTest {

    /** A switch on the network of Navarcles with no firmware version, and op.exp.2 declared at L3. */
    private static final Dataset SWITCH_WITHOUT_VERSION = Bages.withAssets(
            AssetSpec.of("sw-navarcles-01", AssetType.NETWORK_DEVICE))
            .assessment(Bages.assessment(EXPEDIENTS, "op.exp.2", Maturity.L3))
            .build();

    private static MeasureResult opExp2(ComplianceEvaluator evaluator) {
        return evaluator.evaluate(SWITCH_WITHOUT_VERSION, AS_OF).system(EXPEDIENTS).orElseThrow()
                .measure(MeasureId.parse("op.exp.2")).orElseThrow();
    }

    @Test
    void builder_addsAHostRule_whoseFindingsDecideTheStatus() {
        ComplianceEvaluator evaluator = ComplianceEvaluator.builder().rule(new FirmwareVersionRule()).build();

        MeasureResult result = opExp2(evaluator);

        assertThat(evaluator.rules()).extracting(EvidenceRule::id).contains(FirmwareVersionRule.ID);
        assertThat(result.status()).isEqualTo(MeasureStatus.PARTIALLY_COMPLIANT);
        assertThat(result.describe()).isEqualTo("op.exp.2 PARTIALLY_COMPLIANT: declared L3 meets required L2 (BÁSICA);"
                + " 1 network devices with no firmware version recorded (sw-navarcles-01)");
    }

    @Test
    void context_adhesions_areTheMunicipalitysOwnToTheConventionGiven() {
        DateRange validity = DateRange.parse("2024-01-01/2027-12-31");
        Convention served = Bages.convention("cc-bages-tic-2024", validity, Bages.NAVARCLES, Bages.SANT_FRUITOS);
        Convention other = Bages.convention("cc-bages-altres", validity, Bages.MANRESA);
        Convention equalCopy = Bages.convention("cc-bages-tic-2024", validity, Bages.NAVARCLES, Bages.SANT_FRUITOS);
        Bages.DatasetSpec spec = Bages.healthy();
        spec.conventions.clear();
        spec.conventions.addAll(List.of(served, other));
        Map<String, List<Adhesion>> seen = new ConcurrentHashMap<>();
        EvidenceRule recorder = new EvidenceRule() {
            @Override
            public String id() {
                return "test-adhesions";
            }

            @Override
            public Set<MeasureId> measures() {
                return Set.of(MeasureId.parse("op.ext.1"));
            }

            @Override
            public String description() {
                return "Records the adhesions the context returns";
            }

            @Override
            public List<Threshold> thresholds() {
                return List.of();
            }

            @Override
            public List<Finding> evaluate(EvaluationContext context) {
                seen.put("served", context.adhesions(served));
                seen.put("other", context.adhesions(other));
                seen.put("equal copy, not the dataset's object", context.adhesions(equalCopy));
                return List.of();
            }
        };

        ComplianceEvaluator.builder().rule(recorder).build().evaluate(spec.build(), AS_OF);

        assertThat(seen.get("served")).extracting(Adhesion::municipality).containsExactly(Bages.NAVARCLES);
        assertThat(seen.get("other")).isEmpty();
        assertThat(seen.get("equal copy, not the dataset's object")).isEqualTo(seen.get("served"));
    }

    @Test
    void serviceLoader_findsTheRuleListedInMetaInfServices() {
        ComplianceEvaluator evaluator = ComplianceEvaluator.builder()
                .loadServiceRules(EvidenceRuleSpiTest.class.getClassLoader()).build();

        assertThat(evaluator.rules()).filteredOn(rule -> rule instanceof FirmwareVersionRule).hasSize(1);
        assertThat(opExp2(evaluator).findings()).extracting(Finding::ruleId).containsExactly(FirmwareVersionRule.ID);
    }

    @Test
    void serviceLoader_withTheDefaultLoader_findsItToo() {
        assertThat(ComplianceEvaluator.builder().loadServiceRules().build().rules())
                .extracting(EvidenceRule::id).contains(FirmwareVersionRule.ID);
    }

    @Test
    void standard_loadsNoServiceRule() {
        assertThat(ComplianceEvaluator.standard().rules()).extracting(EvidenceRule::id).doesNotContain(FirmwareVersionRule.ID);
        assertThat(opExp2(ComplianceEvaluator.standard()).status()).isEqualTo(MeasureStatus.COMPLIANT);
    }

    @Test
    void build_twoRulesWithOneId_isRejected() {
        ComplianceEvaluator.Builder builder = ComplianceEvaluator.builder().rule(new FirmwareVersionRule())
                .rule(new FirmwareVersionRule());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two evidence rules have the id 'bages-firmware-version', expected unique ids such as 'my-org-backups'");
    }

    @Test
    void build_ruleServingAMeasureOutsideTheCatalog_isRejected() {
        ComplianceEvaluator.Builder builder = ComplianceEvaluator.builder()
                .rule(rule("bages-unknown", "op.exp.99", context -> List.of()));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Evidence rule 'bages-unknown' serves op.exp.99, which is not in the catalog");
    }

    @Test
    void evaluate_ruleReportingAMeasureItDoesNotServe_failsNamingTheRule() {
        ComplianceEvaluator evaluator = ComplianceEvaluator.builder().withoutStandardRules()
                .rule(rule("bages-stray", "op.exp.2", context -> List.of(Finding.of("bages-stray",
                        MeasureId.parse("op.exp.3"), FindingGrade.MINOR, "stray", List.of())))).build();

        assertThatThrownBy(() -> evaluator.evaluate(SWITCH_WITHOUT_VERSION, AS_OF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Evidence rule 'bages-stray' returned a finding it may not: MINOR op.exp.3");
    }

    @Test
    void evaluate_ruleThatThrows_failsNamingTheRuleAndSystem() {
        ComplianceEvaluator evaluator = ComplianceEvaluator.builder().withoutStandardRules()
                .rule(rule("bages-broken", "op.exp.2", context -> {
                    throw new UnsupportedOperationException("not yet");
                })).build();

        assertThatThrownBy(() -> evaluator.evaluate(SWITCH_WITHOUT_VERSION, AS_OF))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Evidence rule 'bages-broken' failed on system 'nav-sis-expedients' at 2025-06-30: not yet");
    }

    private static EvidenceRule rule(String id, String measure, Function<EvaluationContext, List<Finding>> check) {
        return new EvidenceRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Set<MeasureId> measures() {
                return Set.of(MeasureId.parse(measure));
            }

            @Override
            public String description() {
                return "A test rule";
            }

            @Override
            public List<Threshold> thresholds() {
                return List.of();
            }

            @Override
            public List<Finding> evaluate(EvaluationContext context) {
                return check.apply(context);
            }
        };
    }
}
