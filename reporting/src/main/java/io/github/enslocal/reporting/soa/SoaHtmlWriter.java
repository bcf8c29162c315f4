// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.html.HtmlTemplateEngine;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad.Group;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the declaration as one self-contained, printable HTML page through the {@code soa} template. */
final class SoaHtmlWriter {

    private static final HtmlTemplateEngine HTML = HtmlTemplateEngine.create();

    private SoaHtmlWriter() {
    }

    /** Renders the model; {@link io.github.enslocal.reporting.RenderedReportWriter} has checked the arguments. */
    static void render(DeclaracionDeAplicabilidad model, ReportLanguage language, Writer out) throws IOException {
        SoaContent content = new SoaContent(model, language);
        Map<String, List<Table>> frameworks = new LinkedHashMap<>();
        for (Group group : model.groups()) {
            frameworks.computeIfAbsent(content.framework(group), heading -> new ArrayList<>()).add(content.group(group));
        }
        HTML.render("soa", Map.of(
                "title", content.title(),
                "notes", content.notes(),
                "facts", pairs(content.facts()),
                "warnings", content.warnings(),
                "valuations", content.table(SoaTable.VALUATIONS),
                "totals", content.table(SoaTable.TOTALS),
                "compensations", content.compensations(),
                "frameworks", frameworks.entrySet().stream()
                        .map(framework -> Map.of("heading", framework.getKey(), "tables", framework.getValue()))
                        .toList(),
                "designated", model.securityOfficer().isPresent(),
                "signature", pairs(content.signatureLines())), language, out);
    }

    /** Returns label and value pairs as maps, which templates read as {@code pair.label} and {@code pair.value}. */
    private static List<Map<String, String>> pairs(List<Map.Entry<String, String>> entries) {
        return entries.stream().map(entry -> Map.of("label", entry.getKey(), "value", entry.getValue())).toList();
    }
}
