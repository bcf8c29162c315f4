// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.plan;

import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes the plan status as one self-contained HTML page through the {@code adequacy-plan} template. */
final class PlanHtmlWriter {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private PlanHtmlWriter() {
    }

    /** Renders the model; {@link io.github.enslocal.reporting.RenderedReportWriter} has checked the arguments. */
    static void render(AdequacyPlanStatus model, ReportLanguage language, Writer out) throws IOException {
        PlanContent content = new PlanContent(model, language);
        HTML.render("adequacy-plan", Map.ofEntries(
                Map.entry("title", content.title()),
                Map.entry("asOf", content.asOf()),
                Map.entry("overdueSummary", content.overdueSummary()),
                Map.entry("officialTerms", content.officialTerms()),
                Map.entry("plans", content.table(PlanTable.PLANS)),
                Map.entry("byStatus", content.table(PlanTable.BY_STATUS)),
                Map.entry("statusChart", content.statusChart().toSvg()),
                Map.entry("overdue", content.table(PlanTable.OVERDUE)),
                Map.entry("byGroup", content.table(PlanTable.BY_GROUP)),
                Map.entry("groupChart", content.groupChart().toSvg()),
                Map.entry("byOwner", content.table(PlanTable.BY_OWNER)),
                Map.entry("actions", content.table(PlanTable.ACTIONS))), language, out);
    }
}
