// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.applicability.StatementOfApplicability.Status;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementOfApplicabilityTest {

    /** A town hall's electronic register: BÁSICA, traceability not assigned. */
    private static final Applicability REGISTRO_MANRESA = ApplicabilityEvaluator.of(MeasureCatalog.bundled())
            .evaluate(DimensionLevels.parse("C=BAJO,I=BAJO,A=BAJO,D=BAJO"));

    private static MeasureId id(String id) {
        return MeasureId.parse(id);
    }

    @Test
    void build_withoutDecisions_hasOneEntryPerMeasureMirroringTheTable() {
        StatementOfApplicability statement = StatementOfApplicability.builder(REGISTRO_MANRESA).build();

        assertThat(statement.entries()).hasSize(73);
        assertThat(statement.entries()).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(entry.applicability().applies() ? Status.APPLICABLE : Status.NOT_APPLICABLE);
            assertThat(entry.describe()).isEqualTo(entry.applicability().describe());
        });
    }

    @Test
    void exclude_applicableMeasure_recordsItWithItsJustification() {
        StatementOfApplicability statement = StatementOfApplicability.builder(REGISTRO_MANRESA)
                .exclude(id("mp.eq.3"), "El ayuntamiento no tiene dispositivos portátiles")
                .build();

        StatementOfApplicability.Entry entry = statement.get(id("mp.eq.3"));
        assertThat(entry.status()).isEqualTo(Status.EXCLUDED);
        assertThat(entry.describe()).isEqualTo("mp.eq.3 excluded: El ayuntamiento no tiene dispositivos portátiles;"
                + " the table alone: mp.eq.3 applies because the category is BÁSICA");
    }

    @Test
    void compensate_applicableMeasure_saysWhichMeasureReplacesIt() {
        StatementOfApplicability statement = StatementOfApplicability.builder(REGISTRO_MANRESA)
                .compensate(new Compensation(id("op.acc.6"), "Acceso solo desde la red interna con certificado de sede",
                        "El proveedor del registro no admite un segundo factor"))
                .build();

        StatementOfApplicability.Entry entry = statement.get(id("op.acc.6"));
        assertThat(entry.status()).isEqualTo(Status.COMPENSATED);
        assertThat(entry.describe()).isEqualTo("op.acc.6 replaced by the compensating measure"
                + " 'Acceso solo desde la red interna con certificado de sede' (art. 28.3): El proveedor del registro"
                + " no admite un segundo factor; the table alone: op.acc.6 + R8 + R9 + one of [R1, R2, R3, R4]"
                + " because C=BAJO, I=BAJO, A=BAJO (highest of C, I, T, A)");
    }

    @Test
    void add_measureTheTableDoesNotRequire_marksItAdded() {
        StatementOfApplicability statement = StatementOfApplicability.builder(REGISTRO_MANRESA)
                .add(Addition.ofMeasure(id("op.exp.8"), "El análisis de riesgos de 2025 pide registrar la actividad"))
                .build();

        StatementOfApplicability.Entry entry = statement.get(id("op.exp.8"));
        assertThat(entry.status()).isEqualTo(Status.ADDED);
        assertThat(entry.requirement().applies()).isTrue();
        assertThat(entry.describe()).isEqualTo("op.exp.8 added by the security officer (art. 28.2): El análisis de"
                + " riesgos de 2025 pide registrar la actividad; the table alone: op.exp.8 not applicable: T is not assigned");
    }

    @Test
    void add_reinforcementOfAnApplicableMeasure_requiresIt() {
        StatementOfApplicability statement = StatementOfApplicability.builder(REGISTRO_MANRESA)
                .add(Addition.ofReinforcement(ReinforcementId.parse("mp.eq.3.r1"), "Cifrado exigido por el análisis de riesgos"))
                .build();

        StatementOfApplicability.Entry entry = statement.get(id("mp.eq.3"));
        assertThat(entry.status()).isEqualTo(Status.APPLICABLE);
        assertThat(entry.requirement().reinforcements()).containsExactly(ReinforcementId.parse("mp.eq.3.r1"));
        assertThat(entry.describe()).isEqualTo("mp.eq.3 applies because the category is BÁSICA;"
                + " the security officer adds R1 (art. 28.2): Cifrado exigido por el análisis de riesgos");
    }

    static Stream<Arguments> rejectedDecisions() {
        return Stream.of(
                Arguments.of("exclusion of a measure that does not apply",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.exclude(id("op.cont.2"), "No aplica"),
                        "Measure op.cont.2 cannot be excluded because it does not apply: op.cont.2 not applicable:"
                                + " D is BAJO, the measure applies only from ALTO"),
                Arguments.of("compensation of a measure that does not apply",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.compensate(
                                new Compensation(id("op.exp.8"), "Otra", "Porque sí")),
                        "Measure op.exp.8 cannot be compensated because it does not apply: op.exp.8 not applicable:"
                                + " T is not assigned"),
                Arguments.of("unknown measure",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.exclude(id("op.exp.11"), "Ya no existe"),
                        "Unknown measure 'op.exp.11', expected a measure of Anexo II such as 'op.acc.6'"),
                Arguments.of("unknown reinforcement",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.add(
                                Addition.ofReinforcement(ReinforcementId.parse("mp.eq.3.r9"), "Más")),
                        "Unknown reinforcement 'mp.eq.3.r9' of mp.eq.3, expected one of [mp.eq.3.r1, mp.eq.3.r2]"),
                Arguments.of("exclusion and compensation of one measure",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder
                                .exclude(id("mp.eq.3"), "Sin portátiles")
                                .compensate(new Compensation(id("mp.eq.3"), "Otra", "Porque sí")),
                        "Measure mp.eq.3 cannot be compensated because it is already excluded"),
                Arguments.of("addition of a measure that already applies",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.add(
                                Addition.ofMeasure(id("org.1"), "Política")),
                        "Measure org.1 already applies: org.1 applies because the category is BÁSICA"),
                Arguments.of("addition of a reinforcement already required",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.add(
                                Addition.ofReinforcement(ReinforcementId.parse("op.acc.6.r8"), "Doble factor")),
                        "Reinforcement op.acc.6.r8 is already required: op.acc.6 + R8 + R9 + one of [R1, R2, R3, R4]"
                                + " because C=BAJO, I=BAJO, A=BAJO (highest of C, I, T, A)"),
                Arguments.of("blank justification",
                        (Consumer<StatementOfApplicability.Builder>) builder -> builder.exclude(id("mp.eq.3"), " "),
                        "The exclusion of mp.eq.3 needs a non-blank text, e.g. 'Según el análisis de riesgos de 2025'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedDecisions")
    void builder_rejectsInconsistentDecisions(String description, Consumer<StatementOfApplicability.Builder> decision,
            String message) {
        StatementOfApplicability.Builder builder = StatementOfApplicability.builder(REGISTRO_MANRESA);

        assertThatThrownBy(() -> decision.accept(builder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
