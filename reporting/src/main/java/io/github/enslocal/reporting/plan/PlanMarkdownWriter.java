// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import java.io.IOException;
import java.io.Writer;

/** Writes the plan status as Markdown. */
final class PlanMarkdownWriter {

    private PlanMarkdownWriter() {
    }

    /** Renders the model; {@link io.github.enslocal.reporting.RenderedReportWriter} has checked the arguments. */
    static void render(AdequacyPlanStatus model, ReportLanguage language, Writer out) throws IOException {
        PlanContent content = new PlanContent(model, language);
        MarkdownDocument.create(language)
                .heading(1, content.title())
                .paragraph(content.asOf() + "\n" + content.overdueSummary())
                .paragraph(content.officialTerms())
                .table(content.table(PlanTable.PLANS))
                .table(content.table(PlanTable.BY_STATUS))
                .table(content.table(PlanTable.OVERDUE))
                .table(content.table(PlanTable.BY_GROUP))
                .table(content.table(PlanTable.BY_OWNER))
                .table(content.table(PlanTable.ACTIONS))
                .writeTo(out);
    }
}
