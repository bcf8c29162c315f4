// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureCatalogTest {

    private static final MeasureCatalog CATALOG = MeasureCatalog.bundled();

    @Test
    void bundled_isReadOnce() {
        assertThat(MeasureCatalog.bundled()).isSameAs(CATALOG);
    }

    @Test
    void bundled_isVersionedAndNamesItsSource() {
        assertThat(CATALOG.dataVersion()).isEqualTo("1.0.0");
        assertThat(CATALOG.sourceReference()).contains("BOE-A-2022-7191").contains("Anexo II");
        assertThat(CATALOG).hasToString("MeasureCatalog[dataVersion=1.0.0, measures=73, reinforcements=133]");
    }

    @Test
    void bundled_hasTheSeventyThreeMeasuresOfAnexoII() {
        assertThat(CATALOG.measures()).hasSize(73);
        assertThat(CATALOG.byFramework(Framework.ORG)).hasSize(4);
        assertThat(CATALOG.byFramework(Framework.OP)).hasSize(33);
        assertThat(CATALOG.byFramework(Framework.MP)).hasSize(36);
    }

    @Test
    void bundled_has45CategoryBasedAnd28DimensionBasedMeasures() {
        assertThat(CATALOG.measures().stream().filter(Measure::isCategoryBased)).hasSize(45);
        assertThat(CATALOG.measures().stream().filter(measure -> !measure.isCategoryBased())).hasSize(28);
    }

    @Test
    void bundled_has133ReinforcementsOf92AreReferencedInTheTable() {
        assertThat(CATALOG.reinforcements()).hasSize(133);
        assertThat(CATALOG.reinforcements().stream().filter(Reinforcement::referencedInTable)).hasSize(92);
        assertThat(CATALOG.reinforcements().stream().filter(Reinforcement::isOptional)).hasSize(41);
    }

    @Test
    void measures_areInAnexoIIOrder() {
        List<String> ids = CATALOG.measures().stream().map(measure -> measure.id().toString()).toList();

        assertThat(ids).startsWith("org.1", "org.2", "org.3", "org.4", "op.pl.1");
        assertThat(ids).endsWith("mp.s.4");
        assertThat(ids.indexOf("op.acc.6")).isLessThan(ids.indexOf("op.exp.1"));
        assertThat(ids.indexOf("op.mon.3")).isLessThan(ids.indexOf("mp.if.1"));
    }

    @Test
    void groups_areInAnexoIIOrderWithTheirNames() {
        assertThat(CATALOG.groups()).hasSize(16);
        assertThat(CATALOG.groups().get(0)).isEqualTo(new MeasureGroup("org", Framework.ORG, "Marco organizativo"));
        assertThat(CATALOG.group("op.acc")).contains(new MeasureGroup("op.acc", Framework.OP, "Control de acceso"));
        assertThat(CATALOG.groups().get(15).id()).isEqualTo("mp.s");
    }

    @Test
    void byGroup_returnsTheGroupsMeasuresInOrder() {
        assertThat(CATALOG.byGroup("op.acc")).extracting(measure -> measure.id().toString())
                .containsExactly("op.acc.1", "op.acc.2", "op.acc.3", "op.acc.4", "op.acc.5", "op.acc.6");
        assertThat(CATALOG.byGroup("op.exp")).hasSize(10);
    }

    @Test
    void byGroup_unknownGroup_throwsNamingIt() {
        assertThatThrownBy(() -> CATALOG.byGroup("op.xyz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown measure group 'op.xyz', expected e.g. 'op.acc' or 'org'");
    }

    @Test
    void find_knownMeasure_returnsItWithItsOfficialName() {
        Measure measure = CATALOG.find(MeasureId.parse("op.acc.6")).orElseThrow();

        assertThat(measure.name()).isEqualTo("Mecanismo de autenticación (usuarios de la organización)");
        assertThat(measure.framework()).isEqualTo(Framework.OP);
        assertThat(measure.groupName()).isEqualTo("Control de acceso");
        assertThat(measure.basis()).isEqualTo(Basis.dimensions(Set.of(
                Dimension.CONFIDENTIALITY, Dimension.INTEGRITY, Dimension.TRACEABILITY, Dimension.AUTHENTICITY)));
        assertThat(measure.reinforcements()).hasSize(9);
    }

    @Test
    void find_unknownMeasure_isEmpty() {
        assertThat(CATALOG.find(MeasureId.parse("op.exp.11"))).isEmpty();
    }

    @Test
    void get_unknownMeasure_throwsNamingIt() {
        assertThatThrownBy(() -> CATALOG.get(MeasureId.parse("op.exp.11")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown measure 'op.exp.11', expected a measure of Anexo II such as 'op.acc.6'");
    }

    @Test
    void reinforcement_known_returnsItsNameAndFlag() {
        Reinforcement r2 = CATALOG.reinforcement(ReinforcementId.parse("op.acc.6.r2")).orElseThrow();

        assertThat(r2.name()).isEqualTo("Contraseña + otro factor de autenticación");
        assertThat(r2.referencedInTable()).isTrue();
        assertThat(r2.label()).isEqualTo("R2");
    }

    @Test
    void reinforcement_unknown_isEmpty() {
        assertThat(CATALOG.reinforcement(ReinforcementId.parse("op.acc.6.r10"))).isEmpty();
    }

    @Test
    void opAcc6_requiresOneOfR1ToR4PlusR8AndR9AtBasica() {
        Measure measure = CATALOG.get(MeasureId.parse("op.acc.6"));
        Requirement basica = measure.requirement(Column.BASICA);

        assertThat(basica.applies()).isTrue();
        assertThat(basica.reinforcements()).containsExactly(r("op.acc.6.r8"), r("op.acc.6.r9"));
        assertThat(basica.oneOf()).containsExactly(
                OneOf.of(r("op.acc.6.r1"), r("op.acc.6.r2"), r("op.acc.6.r3"), r("op.acc.6.r4")));
        assertThat(basica).hasToString("+ R8 + R9 + one of [R1, R2, R3, R4]");
    }

    @Test
    void mpEq3_requiresR1AndR2AtAlta() {
        Measure measure = CATALOG.get(MeasureId.parse("mp.eq.3"));

        assertThat(measure.isCategoryBased()).isTrue();
        assertThat(measure.requirement(Column.MEDIA)).isEqualTo(Requirement.base());
        assertThat(measure.requirement(Column.ALTA).reinforcements())
                .containsExactly(r("mp.eq.3.r1"), r("mp.eq.3.r2"));
    }

    @Test
    void opCont2_appliesOnlyAtAlto() {
        Measure measure = CATALOG.get(MeasureId.parse("op.cont.2"));

        assertThat(measure.basis()).isEqualTo(Basis.parse("D"));
        assertThat(measure.lowestApplicableColumn()).contains(Column.ALTA);
        assertThat(measure.requirement(Column.MEDIA).applies()).isFalse();
    }

    @Test
    void everyHigherColumn_coversTheLowerOne_exceptTheRiskAnalysisOfOpPl1() {
        List<String> notCovering = new ArrayList<>();
        for (Measure measure : CATALOG.measures()) {
            for (Column lower : List.of(Column.BASICA, Column.MEDIA)) {
                Column higher = Column.values()[lower.ordinal() + 1];
                if (!measure.requirement(higher).covers(measure.requirement(lower))) {
                    notCovering.add(measure.id() + " " + lower + "->" + higher);
                }
            }
        }

        assertThat(notCovering).containsExactly("op.pl.1 MEDIA->ALTA");
    }

    @Test
    void opPl1_replacesTheSemiformalRiskAnalysisByTheFormalOneAtAlta() {
        Measure measure = CATALOG.get(MeasureId.parse("op.pl.1"));

        assertThat(measure.requirement(Column.MEDIA).reinforcements()).containsExactly(r("op.pl.1.r1"));
        assertThat(measure.requirement(Column.ALTA).reinforcements()).containsExactly(r("op.pl.1.r2"));
    }

    @Test
    void opAcc5_narrowsItsChoiceAtMedia() {
        Measure measure = CATALOG.get(MeasureId.parse("op.acc.5"));

        assertThat(measure.requirement(Column.MEDIA)).hasToString("+ R5 + one of [R2, R3, R4]");
        assertThat(measure.requirement(Column.MEDIA).covers(measure.requirement(Column.BASICA))).isTrue();
        assertThat(measure.requirement(Column.BASICA).covers(measure.requirement(Column.MEDIA))).isFalse();
    }

    @Test
    void everyReinforcement_belongsToItsMeasure() {
        for (Measure measure : CATALOG.measures()) {
            assertThat(measure.reinforcements()).allSatisfy(reinforcement ->
                    assertThat(reinforcement.id().measure()).isEqualTo(measure.id()));
        }
    }

    private static ReinforcementId r(String id) {
        return ReinforcementId.parse(id);
    }
}
