// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus;
import io.github.enslocal.reporting.plan.AdequacyPlanStatusWriters;
import io.github.enslocal.reporting.plan.PlanTable;
import io.github.enslocal.reporting.sample.CsvRecords;
import io.github.enslocal.reporting.sample.HtmlDocuments;
import io.github.enslocal.reporting.sample.SafeOutput;
import io.github.enslocal.reporting.sample.SampleFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Hostile names, justifications, compensating measures, owners and action descriptions never become
 * markup, script, links or formulas in the Declaración de Aplicabilidad or the plan status.
 */
class EnsReportsInjectionTest {

    private static String declaration(ReportWriter<DeclaracionDeAplicabilidad> writer, ReportLanguage language)
            throws IOException {
        StringWriter out = new StringWriter();
        writer.write(EnsFixture.hostileDeclaration(), language, out);
        return out.toString();
    }

    private static String plan(ReportWriter<AdequacyPlanStatus> writer, ReportLanguage language) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(AdequacyPlanStatus.forSystem(EnsFixture.hostileDataset(), EnsFixture.SYSTEM, EnsFixture.AS_OF),
                language, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hostileDeclaration_keepsEveryHostileTextAsInertText(ReportLanguage language) throws IOException {
        Document page = HtmlDocuments.parse(declaration(DeclaracionDeAplicabilidadWriters.of(ReportFormat.HTML), language));

        SafeOutput.assertNoExecutableMarkupOrExternalResource(page);
        assertThat(page.getDocumentElement().getTextContent()).contains(SampleFixtures.SCRIPT,
                SampleFixtures.IMG_ONERROR, SampleFixtures.HYPERLINK, "Registre de totes les accions", "Consorci AOC",
                "segella", "Montserrat Vila i Puig", "Expedients administratius");
        assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                .endsWith(": " + EnsFixture.hostile("Gestió d'expedients"));
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hostilePlan_keepsEveryHostileTextAsInertText(ReportLanguage language) throws IOException {
        Document page = HtmlDocuments.parse(plan(AdequacyPlanStatusWriters.of(ReportFormat.HTML), language));

        SafeOutput.assertNoExecutableMarkupOrExternalResource(page);
        assertThat(page.getDocumentElement().getTextContent()).contains(EnsFixture.hostile("Jordi Soler i Casals"),
                EnsFixture.hostile("Xifrar els discos dels portàtils"));
        assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void markdown_hostileReports_haveNoRawHtmlOrLinks(ReportLanguage language) throws IOException {
        SafeOutput.assertNoRawHtmlOrLinks(declaration(DeclaracionDeAplicabilidadWriters.of(ReportFormat.MARKDOWN), language));
        SafeOutput.assertNoRawHtmlOrLinks(plan(AdequacyPlanStatusWriters.of(ReportFormat.MARKDOWN), language));
    }

    static Stream<Arguments> csvTables() {
        List<Arguments> tables = new ArrayList<>();
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.CSV_EXCEL)) {
            for (SoaTable table : SoaTable.values()) {
                tables.add(Arguments.of(format, table));
            }
            for (PlanTable table : PlanTable.values()) {
                tables.add(Arguments.of(format, table));
            }
        }
        return tables.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("csvTables")
    void csv_hostileReports_haveEveryFormulaNeutralised(ReportFormat format, Enum<?> table) throws IOException {
        String csv = table instanceof SoaTable soa
                ? declaration(DeclaracionDeAplicabilidadWriters.csv(format, soa), ReportLanguage.CA)
                : plan(AdequacyPlanStatusWriters.csv(format, (PlanTable) table), ReportLanguage.CA);

        List<List<String>> records = CsvRecords.read(csv, format == ReportFormat.CSV ? ',' : ';');

        SafeOutput.assertNoFormula(records);
        if (table == SoaTable.VALUATIONS || table == PlanTable.ACTIONS || table == PlanTable.BY_OWNER) {
            assertThat(records.stream().flatMap(List::stream))
                    .anySatisfy(field -> assertThat(field).startsWith("'" + SampleFixtures.HYPERLINK));
        }
    }
}
