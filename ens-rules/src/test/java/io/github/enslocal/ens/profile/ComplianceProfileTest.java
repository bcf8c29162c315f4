// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.applicability.Applicability;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.applicability.MeasureApplicability;
import io.github.enslocal.ens.catalog.CatalogFormatException;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceProfileTest {

    private static final MeasureCatalog CATALOG = MeasureCatalog.bundled();
    private static final ComplianceProfile TEST_OVERLAY = testOverlay();

    private static ComplianceProfile testOverlay() {
        try (InputStream in = ComplianceProfileTest.class.getResourceAsStream("test-overlay.json")) {
            return ComplianceProfile.read(in, "test-overlay.json", CATALOG);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void read_testOverlay_keepsEveryAdjustmentInOrder() {
        assertThat(TEST_OVERLAY.id()).isEqualTo("test-overlay");
        assertThat(TEST_OVERLAY.adjustments()).extracting(ProfileAdjustment::target)
                .containsExactly("op.cont.2", "op.acc.6.r2", "mp.s.2.r1", "op.exp.10");
        assertThat(TEST_OVERLAY.adjustmentsFor(Category.ALTA)).isEmpty();
        assertThat(TEST_OVERLAY.adjustmentsFor(Category.MEDIA)).hasSize(2);
    }

    @Test
    void evaluate_withProfile_addsAMeasureForItsCategory() {
        Applicability media = ApplicabilityEvaluator.of(CATALOG, TEST_OVERLAY).evaluate(DimensionLevels.parse("C=MEDIO,D=MEDIO"));

        MeasureApplicability opCont2 = media.get(MeasureId.parse("op.cont.2"));

        assertThat(media.profile()).contains(TEST_OVERLAY);
        assertThat(opCont2.applies()).isTrue();
        assertThat(opCont2.adjustments()).hasSize(1);
        assertThat(opCont2.describe()).isEqualTo("op.cont.2 not applicable: D is MEDIO, the measure applies only from ALTO;"
                + " the profile adds op.cont.2 at MEDIA: The test requires a continuity plan for MEDIA systems"
                + " (test fixture §1); so op.cont.2 applies");
    }

    @Test
    void evaluate_withProfile_addingAChoiceMemberSettlesTheChoice() {
        MeasureApplicability opAcc6 = ApplicabilityEvaluator.of(CATALOG, TEST_OVERLAY)
                .evaluate(DimensionLevels.parse("A=BAJO")).get(MeasureId.parse("op.acc.6"));

        assertThat(opAcc6.requiredReinforcements()).extracting(ReinforcementId::toString)
                .containsExactly("op.acc.6.r2", "op.acc.6.r8", "op.acc.6.r9");
        assertThat(opAcc6.oneOf()).isEmpty();
    }

    @Test
    void evaluate_withProfile_removingAChoiceMemberLeavesTheOtherRequired() {
        MeasureApplicability mpS2 = ApplicabilityEvaluator.of(CATALOG, TEST_OVERLAY)
                .evaluate(DimensionLevels.parse("C=BAJO")).get(MeasureId.parse("mp.s.2"));

        assertThat(mpS2.requiredReinforcements()).extracting(ReinforcementId::toString).containsExactly("mp.s.2.r2");
        assertThat(mpS2.oneOf()).isEmpty();
    }

    @Test
    void evaluate_withProfile_removesAMeasureOnlyForItsCategory() {
        ApplicabilityEvaluator evaluator = ApplicabilityEvaluator.of(CATALOG, TEST_OVERLAY);
        ApplicabilityEvaluator plain = ApplicabilityEvaluator.of(CATALOG);
        MeasureId opExp10 = MeasureId.parse("op.exp.10");
        DimensionLevels basica = DimensionLevels.parse("C=BAJO,I=BAJO,T=BAJO,A=BAJO,D=BAJO");
        DimensionLevels alta = DimensionLevels.parse("C=ALTO");

        assertThat(evaluator.evaluate(basica).get(opExp10).applies()).isFalse();
        assertThat(evaluator.evaluate(alta).get(opExp10)).isEqualTo(plain.evaluate(alta).get(opExp10));
    }

    @Test
    void evaluatorOf_profileNamingUnknownTargets_isRejected() {
        ComplianceProfile profile = new ComplianceProfile("p", "P", "test", List.of(new ProfileAdjustment(
                ProfileAdjustment.Action.ADD, MeasureId.parse("op.exp.11"), Optional.empty(), Set.of(Category.MEDIA),
                "reason", "source")));

        assertThatThrownBy(() -> ApplicabilityEvaluator.of(CATALOG, profile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Compliance profile 'p' names op.exp.11, not in the catalog 1.0.0");
    }

    @Test
    void read_badProfile_listsEveryProblem() {
        String json = """
                {"id": "bad", "name": "Bad", "sourceReference": "test",
                 "adjustments": [
                   {"action": "DROP", "target": "op.acc.6", "categories": ["MEDIA"], "reason": "r", "source": "s"},
                   {"action": "ADD", "target": "op.acc.6.r10", "categories": ["MEDIA"], "reason": "r", "source": "s"},
                   {"action": "ADD", "target": "op.acc.6", "categories": ["MEDIANA"], "reason": "r", "source": "s"}
                 ]}
                """;

        assertThatThrownBy(() -> ComplianceProfile.read(stream(json), "bad.json", CATALOG))
                .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).containsExactly(
                        "adjustments[0].action: Invalid action 'DROP', expected ADD or REMOVE",
                        "adjustments[2].categories: Invalid category 'MEDIANA', expected one of BASICA, MEDIA, ALTA",
                        "adjustments[2]: The adjustment of op.acc.6 holds for no category, expected e.g. [MEDIA]"));
    }

    @Test
    void read_unknownTarget_isReported() {
        String json = """
                {"id": "bad", "name": "Bad", "sourceReference": "test",
                 "adjustments": [
                   {"action": "ADD", "target": "op.acc.6.r10", "categories": ["MEDIA"], "reason": "r", "source": "s"}
                 ]}
                """;

        assertThatThrownBy(() -> ComplianceProfile.read(stream(json), "bad.json", CATALOG))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage("Invalid bad.json (1 problem):\n  - adjustments: the target op.acc.6.r10 is not in the catalog 1.0.0");
    }

    @Test
    void newProfile_addingAndRemovingTheSameTarget_isRejected() {
        ProfileAdjustment add = new ProfileAdjustment(ProfileAdjustment.Action.ADD, MeasureId.parse("op.exp.10"),
                Optional.empty(), Set.of(Category.MEDIA), "reason", "source");
        ProfileAdjustment remove = new ProfileAdjustment(ProfileAdjustment.Action.REMOVE, MeasureId.parse("op.exp.10"),
                Optional.empty(), Set.of(Category.MEDIA, Category.ALTA), "reason", "source");

        assertThatThrownBy(() -> new ComplianceProfile("p", "P", "test", List.of(add, remove)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Compliance profile 'p' both adds and removes op.exp.10");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
