// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.assessment.Compensation;
import io.github.enslocal.core.assessment.Exclusion;
import io.github.enslocal.core.assessment.MeasureAssessment;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.system.InformationSystem;
import io.github.enslocal.core.system.InformationValuation;
import io.github.enslocal.core.system.SystemOwner;
import io.github.enslocal.ens.applicability.StatementOfApplicability.Status;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.sample.HtmlDocuments;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad.Entry;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DeclaracionDeAplicabilidadTest {

    private static final DimensionLevels NAVARCLES_LEVELS = DimensionLevels.parse("C=MEDIO,I=BAJO,T=BAJO,A=MEDIO,D=BAJO");

    private static Entry entry(DeclaracionDeAplicabilidad declaration, String id) {
        return declaration.entries().stream().filter(entry -> entry.id().equals(MeasureId.parse(id))).findFirst()
                .orElseThrow();
    }

    private static List<ReinforcementId> reinforcements(String... ids) {
        return Arrays.stream(ids).map(ReinforcementId::parse).toList();
    }

    @Test
    void of_navarclesFixture_countsWhatTheAnexoIiCellsGiveForItsLevels() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        DeclaracionDeAplicabilidad.Totals totals = declaration.totals();

        // 65 measures apply to C=MEDIO,I=BAJO,T=BAJO,A=MEDIO,D=BAJO; the officer excludes mp.s.1, compensates
        // op.acc.3 and adds mp.info.4, none of which requires a fixed reinforcement or a choice.
        assertThat(AnexoIiCells.applicable(NAVARCLES_LEVELS)).isEqualTo(65);
        assertThat(totals).isEqualTo(new DeclaracionDeAplicabilidad.Totals(73, 65, 63, 1, 1, 1, 7,
                AnexoIiCells.reinforcements(NAVARCLES_LEVELS), AnexoIiCells.oneOfGroups(NAVARCLES_LEVELS)));
        assertThat(totals.requiredReinforcements()).isEqualTo(35);
        assertThat(totals.oneOfChoices()).isEqualTo(4);
    }

    @Test
    void of_navarclesFixture_hasTheHeaderOfTheSystem() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        assertThat(declaration.entity()).isEqualTo(new DeclaracionDeAplicabilidad.Entity(
                DeclaracionDeAplicabilidad.EntityKind.MUNICIPALITY, "08140", "Navarcles"));
        assertThat(declaration.systemName()).isEqualTo("Gestió d'expedients");
        assertThat(declaration.valuations()).extracting(DeclaracionDeAplicabilidad.Valued::kind)
                .containsExactly(DeclaracionDeAplicabilidad.ValuedKind.INFORMATION, DeclaracionDeAplicabilidad.ValuedKind.SERVICE);
        assertThat(declaration.levels()).isEqualTo(NAVARCLES_LEVELS);
        assertThat(declaration.category()).isEqualTo(Category.MEDIA);
        assertThat(declaration.asOf()).isEqualTo(EnsFixture.AS_OF);
        assertThat(declaration.securityOfficer()).contains(
                new DeclaracionDeAplicabilidad.Signer("Montserrat Vila i Puig", Optional.of("Secretària-interventora")));
    }

    @Test
    void of_anyDeclaration_listsEveryCatalogMeasureOnceInCatalogOrderUnderItsGroup() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        assertThat(declaration.entries()).extracting(Entry::id)
                .containsExactlyElementsOf(MeasureCatalog.bundled().measures().stream().map(Measure::id).toList());
        assertThat(declaration.groups()).extracting(DeclaracionDeAplicabilidad.Group::id).containsExactly(
                "org", "op.pl", "op.acc", "op.exp", "op.ext", "op.nub", "op.cont", "op.mon",
                "mp.if", "mp.per", "mp.eq", "mp.com", "mp.si", "mp.sw", "mp.info", "mp.s");
        assertThat(declaration.groups()).allSatisfy(group ->
                assertThat(group.measures()).allSatisfy(entry -> assertThat(entry.group()).isEqualTo(group.id())));
    }

    @Test
    void of_latestAssessmentUpToAsOf_decides() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        // mp.s.1: an older assessment without exclusion, a later one excluding it.
        assertThat(entry(declaration, "mp.s.1").status()).isEqualTo(Status.EXCLUDED);
        assertThat(entry(declaration, "mp.s.1").exclusion()).hasValueSatisfying(text -> assertThat(text).contains("Consorci AOC"));
        // op.exp.1: excluded only by an assessment made after the declaration's date.
        assertThat(entry(declaration, "op.exp.1").status()).isEqualTo(Status.APPLICABLE);
        assertThat(entry(declaration, "op.exp.1").exclusion()).isEmpty();
    }

    @Test
    void of_compensationAdditionAndDeclaredReinforcements_areCarriedToTheEntries() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        Entry compensated = entry(declaration, "op.acc.3");
        Entry added = entry(declaration, "mp.info.4");
        Entry authentication = entry(declaration, "op.acc.6");

        assertThat(compensated.status()).isEqualTo(Status.COMPENSATED);
        assertThat(compensated.compensation()).hasValueSatisfying(compensation ->
                assertThat(compensation.measure()).startsWith("Registre de totes les accions"));
        assertThat(added.status()).isEqualTo(Status.ADDED);
        assertThat(added.tableApplies()).isFalse();
        assertThat(added.additions()).singleElement().satisfies(addition -> {
            assertThat(addition.reinforcement()).isEmpty();
            assertThat(addition.justification()).contains("segella");
        });
        assertThat(authentication.requiredReinforcements()).isEqualTo(reinforcements("op.acc.6.r5", "op.acc.6.r8", "op.acc.6.r9"));
        assertThat(authentication.oneOf()).containsExactly(
                reinforcements("op.acc.6.r1", "op.acc.6.r2", "op.acc.6.r3", "op.acc.6.r4"));
        assertThat(authentication.declaredReinforcements()).isEqualTo(reinforcements("op.acc.6.r1", "op.acc.6.r5", "op.acc.6.r8"));
        assertThat(authentication.basis()).isEqualTo("C I T A");
        assertThat(authentication.explanation()).startsWith("op.acc.6 + R5 + R8 + R9 + one of [R1, R2, R3, R4] because");
    }

    @Test
    void of_exclusionOfMeasureThatDoesNotApply_isListedAsDisregarded() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        assertThat(declaration.disregardedDecisions()).containsExactly(MeasureId.parse("op.cont.2"));
        assertThat(entry(declaration, "op.cont.2").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void of_systemWithoutSecurityOfficer_saysSoInEveryHumanFormatInsteadOfInventingASigner() throws IOException {
        DeclaracionDeAplicabilidad declaration =
                EnsFixture.declare(EnsFixture.dataset(), EnsFixture.UNSIGNED_SYSTEM, EnsFixture.AS_OF);

        assertThat(declaration.securityOfficer()).isEmpty();
        assertThat(declaration.entity()).isEqualTo(new DeclaracionDeAplicabilidad.Entity(
                DeclaracionDeAplicabilidad.EntityKind.SUPPORT_BODY, "cc-bages", "Consell Comarcal del Bages"));
        assertThat(declaration.category()).isEqualTo(Category.BASICA);
        assertThat(declaration.declaredCategory()).contains(Category.MEDIA);
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            StringWriter out = new StringWriter();
            DeclaracionDeAplicabilidadWriters.of(format).write(declaration, ReportLanguage.CA, out);
            String text = format == ReportFormat.HTML
                    ? HtmlDocuments.parse(out.toString()).getDocumentElement().getTextContent() : out.toString();
            assertThat(text).as("%s", format)
                    .contains("No s'ha designat cap responsable de la seguretat per a aquest sistema.")
                    .contains("La categoria declarada al sistema és MITJANA, diferent de la que resulta de les valoracions (BÀSICA).")
                    .doesNotContain("Montserrat");
        }
    }

    @Test
    void of_navarclesFixture_identifiesTheDocumentAndTheRiskAnalysisItRestsOn() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();
        DeclaracionDeAplicabilidad unsigned =
                EnsFixture.declare(EnsFixture.dataset(), EnsFixture.UNSIGNED_SYSTEM, EnsFixture.AS_OF);

        assertThat(declaration.documentId()).isEqualTo("DdA-sys-expedients-2025-10-15");
        assertThat(declaration.version()).matches("[0-9a-f]{12}");
        assertThat(declaration.stage()).isEqualTo(DeclaracionDeAplicabilidad.Stage.DEFINITIVE);
        assertThat(declaration.riskAnalysisDate()).contains(LocalDate.of(2025, 2, 20));
        assertThat(unsigned.stage()).isEqualTo(DeclaracionDeAplicabilidad.Stage.PROVISIONAL);
        assertThat(unsigned.riskAnalysisDate()).isEmpty();
        assertThat(EnsFixture.declare(EnsFixture.dataset(), EnsFixture.SYSTEM, LocalDate.of(2025, 1, 31))
                .stage()).as("a risk analysis approved after the date").isEqualTo(DeclaracionDeAplicabilidad.Stage.PROVISIONAL);
    }

    @Test
    void version_changesWithWhatIsDeclaredAndNotWithTheDate() {
        DeclaracionDeAplicabilidad declaration =
                EnsFixture.declare(EnsFixture.dataset(), EnsFixture.SYSTEM, EnsFixture.AS_OF);
        String later = EnsFixture.declare(EnsFixture.dataset(), EnsFixture.SYSTEM,
                EnsFixture.AS_OF.plusDays(10)).version();
        String otherLevels = EnsFixture.declare(withSystem(EnsFixture.dataset(), NAVARCLES_LEVELS, List.of()),
                "sys-nou", EnsFixture.AS_OF).version();
        String higherLevels = EnsFixture.declare(withSystem(EnsFixture.dataset(),
                DimensionLevels.parse("C=ALTO,I=BAJO,T=BAJO,A=MEDIO,D=BAJO"), List.of()), "sys-nou", EnsFixture.AS_OF)
                .version();

        assertThat(later).isEqualTo(declaration.version());
        assertThat(EnsFixture.declaration().version()).as("with an addition").isNotEqualTo(declaration.version());
        assertThat(higherLevels).isNotEqualTo(otherLevels);
    }

    @Test
    void justification_everyMeasureNotAdoptedAsTheTableSays_isExplained() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();
        for (ReportLanguage language : ReportLanguage.values()) {
            Table measures = new SoaContent(declaration, language).table(SoaTable.MEASURES);
            int justification = measures.columns().size() - 1;
            for (int i = 0; i < measures.rows().size(); i++) {
                Entry entry = declaration.entries().get(i);
                if (entry.status() != Status.APPLICABLE) {
                    assertThat(measures.rows().get(i).get(justification)).as("%s %s", language, entry.id())
                            .isInstanceOf(Cell.Text.class);
                }
            }
        }
    }

    @Test
    void justification_notApplicableMeasures_sayWhichLevelOrCategoryLeavesThemOut() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();
        SoaContent content = new SoaContent(declaration, ReportLanguage.EN);

        assertThat(justification(content, declaration, "op.cont.2"))
                .isEqualTo("Does not apply: the level of D is LOW; Anexo II requires it only from level HIGH.");
        assertThat(justification(content, declaration, "op.ext.3"))
                .isEqualTo("Does not apply: the system's category is MEDIUM; Anexo II requires it only from category HIGH.");
        assertThat(justification(new SoaContent(declaration, ReportLanguage.CA), declaration, "mp.s.1"))
                .startsWith("Exclosa pel responsable de la seguretat: ");
    }

    @Test
    void compensations_mapEachCompensatingMeasureToTheMeasureItReplaces() {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();

        Table compensations = new SoaContent(declaration, ReportLanguage.CA).compensations();

        assertThat(compensations.rows()).hasSize(1);
        assertThat(compensations.rows().get(0).get(0)).isEqualTo(Cell.text("op.acc.3"));
        assertThat(compensations.rows().get(0).get(1)).isEqualTo(Cell.officialSpanish("Segregación de funciones y tareas"));
        assertThat(((Cell.Text) compensations.rows().get(0).get(2)).value()).startsWith("Registre de totes les accions");
    }

    private static String justification(SoaContent content, DeclaracionDeAplicabilidad declaration, String id) {
        Table measures = content.table(SoaTable.MEASURES);
        int row = declaration.entries().indexOf(entry(declaration, id));
        return ((Cell.Text) measures.rows().get(row).get(measures.columns().size() - 1)).value();
    }

    @Test
    void of_unknownSystem_throwsNamingIt() {
        assertThatThrownBy(() -> EnsFixture.declare(EnsFixture.dataset(), "sys-x", EnsFixture.AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown information system 'sys-x', expected the id of a system of the dataset, "
                        + "e.g. 'sys-expedients'");
    }

    @Test
    void of_systemWithoutAnyLevel_throwsRatherThanDefaultingToBasica() {
        Dataset dataset = withSystem(EnsFixture.dataset(), DimensionLevels.none(), List.of());

        assertThatThrownBy(() -> EnsFixture.declare(dataset, "sys-nou", EnsFixture.AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot declare the applicability of system 'sys-nou': its valuations assign no level.");
    }

    @Test
    void of_assessmentBothExcludingAndCompensating_excludesAsTheEvaluationDecides() {
        MeasureAssessment contradictory = new MeasureAssessment("sys-nou", MeasureId.parse("org.2"), Maturity.L1, null,
                Optional.of(new Exclusion("No cal.")), Optional.of(new Compensation("Una altra.", "Perquè sí.")), null,
                EnsFixture.AS_OF, "Jordi Soler i Casals");
        Dataset dataset = withSystem(EnsFixture.dataset(), NAVARCLES_LEVELS, List.of(contradictory));

        DeclaracionDeAplicabilidad declaration = EnsFixture.declare(dataset, "sys-nou", EnsFixture.AS_OF);

        assertThat(entry(declaration, "org.2").status()).isEqualTo(Status.EXCLUDED);
        assertThat(entry(declaration, "org.2").exclusion()).contains("No cal.");
    }

    @Property
    void of_anyLevels_countsAgreeWithTheAnexoIiCellsAndAddUpToTheCatalog(@ForAll("levels") DimensionLevels levels) {
        DeclaracionDeAplicabilidad declaration =
                EnsFixture.declare(withSystem(Dataset.empty(), levels, List.of()), "sys-nou", EnsFixture.AS_OF);

        DeclaracionDeAplicabilidad.Totals totals = declaration.totals();

        assertThat(totals.tableApplicable()).isEqualTo(AnexoIiCells.applicable(levels));
        assertThat(totals.applicable()).isEqualTo(totals.tableApplicable());
        assertThat(totals.requiredReinforcements()).isEqualTo(AnexoIiCells.reinforcements(levels));
        assertThat(totals.oneOfChoices()).isEqualTo(AnexoIiCells.oneOfGroups(levels));
        assertThat(totals.applicable() + totals.added() + totals.excluded() + totals.compensated() + totals.notApplicable())
                .isEqualTo(totals.measures()).isEqualTo(73);
        assertThat(declaration.category()).isEqualTo(levels.highest().orElseThrow().category());
    }

    @Provide
    Arbitrary<DimensionLevels> levels() {
        Arbitrary<Optional<SecurityLevel>> level = Arbitraries.of(SecurityLevel.class).optional(0.8);
        return level.list().ofSize(Dimension.values().length).map(list -> {
            Map<Dimension, SecurityLevel> levels = new EnumMap<>(Dimension.class);
            for (int i = 0; i < list.size(); i++) {
                Dimension dimension = Dimension.values()[i];
                list.get(i).ifPresent(value -> levels.put(dimension, value));
            }
            return DimensionLevels.of(levels);
        }).filter(levels -> !levels.isEmpty());
    }

    private static Dataset withSystem(Dataset dataset, DimensionLevels levels, List<MeasureAssessment> assessments) {
        InformationSystem system = new InformationSystem("sys-nou", "Sistema nou", Optional.empty(),
                SystemOwner.municipality(EnsFixture.NAVARCLES),
                List.of(new InformationValuation("Registre d'entrada", levels)), List.of(), null, null,
                null, null, null, null, null);
        List<InformationSystem> systems = new ArrayList<>(dataset.systems());
        systems.add(system);
        List<MeasureAssessment> all = new ArrayList<>(dataset.assessments());
        all.addAll(assessments);
        return new Dataset(dataset.formatVersion(), dataset.title(), dataset.notice(), dataset.supportBodies(),
                dataset.municipalities(), dataset.conventions(), dataset.incidents(), dataset.assets(), systems, all,
                dataset.plans(), dataset.trainingSessions(), dataset.slaPolicy());
    }
}
