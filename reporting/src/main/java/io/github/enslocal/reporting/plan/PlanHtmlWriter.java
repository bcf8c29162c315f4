// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/** Writes the plan status as one self-contained HTML page through the {@code adequacy-plan} template. */
final class PlanHtmlWriter implements ReportWriter<AdequacyPlanStatus> {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void write(AdequacyPlanStatus model, ReportLanguage language, Writer out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        PlanContent content = new PlanContent(model, Objects.requireNonNull(language, "language"));
        HTML.render("adequacy-plan", Map.ofEntries(
                Map.entry("title", content.title()),
                Map.entry("asOf", content.asOf()),
                Map.entry("overdueSummary", content.overdueSummary()),
                Map.entry("plans", content.table(PlanTable.PLANS)),
                Map.entry("byStatus", content.table(PlanTable.BY_STATUS)),
                Map.entry("statusChart", content.statusChart().toSvg()),
                Map.entry("statusCaption", content.dataTable(PlanTable.BY_STATUS)),
                Map.entry("overdue", content.table(PlanTable.OVERDUE)),
                Map.entry("byGroup", content.table(PlanTable.BY_GROUP)),
                Map.entry("groupChart", content.groupChart().toSvg()),
                Map.entry("groupCaption", content.dataTable(PlanTable.BY_GROUP)),
                Map.entry("byOwner", content.table(PlanTable.BY_OWNER)),
                Map.entry("actions", content.table(PlanTable.ACTIONS))), language, out);
    }
}
