// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.operations;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.reporting.files.AtomicFile;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.convention.ConventionBalance;
import io.github.enslocal.reporting.convention.ConventionBalanceWriters;
import io.github.enslocal.reporting.incidents.IncidentReport;
import io.github.enslocal.reporting.incidents.IncidentReportWriters;
import io.github.enslocal.reporting.inventory.InventoryReport;
import io.github.enslocal.reporting.inventory.InventoryReportWriters;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** The three operations reports of a dataset, written through their public writers. */
enum OperationsReports {
    CONVENTION_BALANCE("convention-balance"),
    INCIDENTS("incidents"),
    INVENTORY("inventory");

    private final String fileName;

    OperationsReports(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    /** Writes this report of a dataset, built with the fixture's parameters, to a file, whole or not at all. */
    void write(Dataset dataset, ReportFormat format, ReportLanguage language, Path file) throws IOException {
        AtomicFile.write(file, out -> render(dataset, format, language, out));
    }

    /** Writes this report of a dataset to a string. */
    String write(Dataset dataset, ReportFormat format, ReportLanguage language) throws IOException {
        StringWriter out = new StringWriter();
        render(dataset, format, language, out);
        return out.toString();
    }

    private void render(Dataset dataset, ReportFormat format, ReportLanguage language, Writer out) throws IOException {
        switch (this) {
            case CONVENTION_BALANCE -> ConventionBalanceWriters.of(format).write(
                    ConventionBalance.of(dataset, OperationsFixture.CONVENTION_ID, OperationsFixture.PERIOD),
                    language, out);
            case INCIDENTS -> IncidentReportWriters.of(format).write(IncidentReport.of(dataset,
                    OperationsFixture.PERIOD, OperationsFixture.NOTIFICATION_POLICY), language, out);
            case INVENTORY -> InventoryReportWriters.of(format).write(
                    InventoryReport.of(dataset, OperationsFixture.AS_OF), language, out);
        }
    }

    /** The golden outputs of every report: JSON, both CSV dialects, Markdown and HTML per language. */
    static List<Object[]> outputs() {
        List<Object[]> outputs = new java.util.ArrayList<>();
        for (OperationsReports report : values()) {
            String name = report.fileName();
            outputs.add(new Object[] {report, ReportFormat.JSON, ReportLanguage.CA, name + ".json"});
            outputs.add(new Object[] {report, ReportFormat.CSV, ReportLanguage.CA, name + "-ca.csv"});
            outputs.add(new Object[] {report, ReportFormat.CSV_EXCEL, ReportLanguage.ES, name + "-es-excel.csv"});
            for (ReportLanguage language : ReportLanguage.values()) {
                outputs.add(new Object[] {report, ReportFormat.MARKDOWN, language, name + "-" + language.tag() + ".md"});
                outputs.add(new Object[] {report, ReportFormat.HTML, language, name + "-" + language.tag() + ".html"});
            }
        }
        return outputs;
    }
}
