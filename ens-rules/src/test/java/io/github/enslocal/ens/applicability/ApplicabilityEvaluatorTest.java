// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.OneOf;
import io.github.enslocal.ens.catalog.Requirement;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicabilityEvaluatorTest {

    private static final MeasureCatalog CATALOG = MeasureCatalog.bundled();
    private static final ApplicabilityEvaluator EVALUATOR = ApplicabilityEvaluator.of(CATALOG);
    private static final DimensionLevels EVERY_DIMENSION_BAJO = DimensionLevels.parse("C=BAJO,I=BAJO,T=BAJO,A=BAJO,D=BAJO");

    @Test
    void evaluate_returnsEveryMeasureInCatalogOrder() {
        Applicability result = EVALUATOR.evaluate(EVERY_DIMENSION_BAJO);

        assertThat(result.measures()).extracting(measure -> measure.measure().id())
                .containsExactlyElementsOf(CATALOG.measures().stream().map(measure -> measure.id()).toList());
        assertThat(result.category()).isEqualTo(Category.BASICA);
        assertThat(result.profile()).isEmpty();
    }

    @Test
    void evaluate_everyDimensionBajo_appliesExactly52Measures() {
        assertThat(EVALUATOR.evaluate(EVERY_DIMENSION_BAJO).applicable()).hasSize(52);
    }

    @Test
    void evaluate_noLevelAssigned_isRejectedWithTheCategorisationReason() {
        assertThatThrownBy(() -> EVALUATOR.evaluate(DimensionLevels.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot work out applicability for levels '': No category: no dimension has a level,"
                        + " and Anexo I defines no category for that case");
    }

    @Test
    void opAcc6_atBasicaWithAuthenticityBajo_needsR8R9AndOneOfR1ToR4() {
        MeasureApplicability opAcc6 = EVALUATOR.evaluate(DimensionLevels.parse("A=BAJO")).get(id("op.acc.6"));

        assertThat(opAcc6.applies()).isTrue();
        assertThat(opAcc6.column()).contains(Column.BASICA);
        assertThat(opAcc6.requiredReinforcements()).containsExactly(r("op.acc.6.r8"), r("op.acc.6.r9"));
        assertThat(opAcc6.oneOf()).containsExactly(OneOf.of(r("op.acc.6.r1"), r("op.acc.6.r2"), r("op.acc.6.r3"), r("op.acc.6.r4")));
        assertThat(opAcc6.reason().kind()).isEqualTo(ApplicabilityReason.Kind.DIMENSION_LEVEL);
        assertThat(opAcc6.reason().decisiveLevels()).containsExactly(Map.entry(Dimension.AUTHENTICITY, SecurityLevel.BAJO));
        assertThat(opAcc6.describe())
                .isEqualTo("op.acc.6 + R8 + R9 + one of [R1, R2, R3, R4] because A=BAJO (highest of C, I, T, A)");
    }

    @Test
    void dimensionBasedMeasure_usesTheHighestAssignedLevelAmongItsDimensions() {
        MeasureApplicability opAcc6 = EVALUATOR.evaluate(DimensionLevels.parse("C=BAJO,T=MEDIO,A=MEDIO,D=ALTO"))
                .get(id("op.acc.6"));

        assertThat(opAcc6.column()).contains(Column.MEDIA);
        assertThat(opAcc6.describe())
                .isEqualTo("op.acc.6 + R5 + R8 + R9 + one of [R1, R2, R3, R4] because T=MEDIO, A=MEDIO (highest of C, I, T, A)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            D=BAJO         | false | op.cont.2 not applicable: D is BAJO, the measure applies only from ALTO
            D=MEDIO        | false | op.cont.2 not applicable: D is MEDIO, the measure applies only from ALTO
            D=ALTO         | true  | op.cont.2 applies because D=ALTO
            C=ALTO,I=ALTO  | false | op.cont.2 not applicable: D is not assigned
            """)
    void opCont2_appliesOnlyWhenAvailabilityIsAlto(String levels, boolean applies, String sentence) {
        MeasureApplicability opCont2 = EVALUATOR.evaluate(DimensionLevels.parse(levels)).get(id("op.cont.2"));

        assertThat(opCont2.applies()).isEqualTo(applies);
        assertThat(opCont2.describe()).isEqualTo(sentence);
    }

    @Test
    void opExp8_traceabilityNotAssigned_doesNotApply() {
        MeasureApplicability opExp8 = EVALUATOR.evaluate(DimensionLevels.parse("C=ALTO,D=MEDIO")).get(id("op.exp.8"));

        assertThat(opExp8.applies()).isFalse();
        assertThat(opExp8.column()).isEmpty();
        assertThat(opExp8.reason().kind()).isEqualTo(ApplicabilityReason.Kind.NO_DIMENSION_ASSIGNED);
        assertThat(opExp8.describe()).isEqualTo("op.exp.8 not applicable: T is not assigned");
    }

    @Test
    void multiDimensionMeasure_noneAssigned_saysSo() {
        MeasureApplicability opAcc6 = EVALUATOR.evaluate(DimensionLevels.parse("D=ALTO")).get(id("op.acc.6"));

        assertThat(opAcc6.describe()).isEqualTo("op.acc.6 not applicable: none of C, I, T, A is assigned");
    }

    @Test
    void mpEq3_atAlta_needsR1AndR2() {
        MeasureApplicability mpEq3 = EVALUATOR.evaluate(DimensionLevels.parse("C=ALTO,D=BAJO")).get(id("mp.eq.3"));

        assertThat(mpEq3.requiredReinforcements()).containsExactly(r("mp.eq.3.r1"), r("mp.eq.3.r2"));
        assertThat(mpEq3.describe()).isEqualTo("mp.eq.3 + R1 + R2 because the category is ALTA");
    }

    @Test
    void categoryBasedMeasure_withoutReinforcements_appliesWithTheCategoryAsReason() {
        assertThat(EVALUATOR.evaluate(EVERY_DIMENSION_BAJO).get(id("org.1")).describe())
                .isEqualTo("org.1 applies because the category is BÁSICA");
    }

    @Test
    void categoryBasedMeasure_belowItsLowestColumn_namesTheThreshold() {
        Optional<MeasureApplicability> notApplicable = EVALUATOR.evaluate(EVERY_DIMENSION_BAJO).measures().stream()
                .filter(measure -> measure.measure().isCategoryBased() && !measure.applies())
                .findFirst();

        assertThat(notApplicable).isPresent();
        assertThat(notApplicable.get().describe()).matches(
                "[a-z.0-9]+ not applicable: the category is BÁSICA, the measure applies only from (MEDIA|ALTA)");
    }

    @Test
    void opPl1_raisingTheCategoryToAlta_replacesR1ByR2AsTheTableSays() {
        MeasureApplicability media = EVALUATOR.evaluate(DimensionLevels.parse("C=MEDIO")).get(id("op.pl.1"));
        MeasureApplicability alta = EVALUATOR.evaluate(DimensionLevels.parse("C=ALTO")).get(id("op.pl.1"));

        assertThat(media.requiredReinforcements()).containsExactly(r("op.pl.1.r1"));
        assertThat(alta.requiredReinforcements()).containsExactly(r("op.pl.1.r2"));
    }

    /**
     * Raising a level never drops a measure or a reinforcement, and a choice only disappears when
     * one of its members becomes required or a narrower choice replaces it. The one exception is
     * in the table itself: op.pl.1 requires R1 (semiformal risk analysis) at MEDIA and R2 (formal)
     * at ALTA.
     */
    @Property
    void raisingALevel_neverDropsARequirement(@ForAll("levels") DimensionLevels levels,
            @ForAll Dimension dimension) {
        Optional<SecurityLevel> current = levels.level(dimension);
        if (current.filter(level -> level == SecurityLevel.ALTO).isPresent()) {
            return;
        }
        SecurityLevel raised = current.map(level -> SecurityLevel.values()[level.ordinal() + 1]).orElse(SecurityLevel.BAJO);
        Applicability before = EVALUATOR.evaluate(levels);
        Applicability after = EVALUATOR.evaluate(levels.with(dimension, raised));

        for (MeasureApplicability lower : before.measures()) {
            MeasureApplicability higher = after.get(lower.measure().id());
            boolean knownReplacement = lower.measure().id().equals(id("op.pl.1"))
                    && lower.column().equals(Optional.of(Column.MEDIA))
                    && higher.column().equals(Optional.of(Column.ALTA));
            if (!knownReplacement) {
                assertThat(higher.requirement().covers(lower.requirement()))
                        .as("%s -> %s: %s / %s", levels, levels.with(dimension, raised), lower, higher)
                        .isTrue();
            }
        }
    }

    @Provide
    Arbitrary<DimensionLevels> levels() {
        return Arbitraries.maps(Arbitraries.of(Dimension.class), Arbitraries.of(SecurityLevel.class))
                .ofMinSize(1).ofMaxSize(5)
                .map(DimensionLevels::of);
    }

    @Property
    void evaluate_anyLevels_decidesEveryMeasureFromTheRightColumn(@ForAll("levels") DimensionLevels levels) {
        Applicability result = EVALUATOR.evaluate(levels);
        Category category = levels.highest().orElseThrow().category();

        assertThat(result.measures()).hasSize(73).allSatisfy(decision -> {
            Optional<Column> expected = decision.measure().isCategoryBased()
                    ? Optional.of(Column.of(category))
                    : levels.highestOf(decision.measure().basis().dimensions()).map(Column::of);
            assertThat(decision.column()).isEqualTo(expected);
            assertThat(decision.requirement()).isEqualTo(expected
                    .map(column -> decision.measure().requirement(column))
                    .orElse(Requirement.notApplicable()));
        });
    }

    static MeasureId id(String id) {
        return MeasureId.parse(id);
    }

    static ReinforcementId r(String id) {
        return ReinforcementId.parse(id);
    }
}
