// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.markdown.MarkdownDocument;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad.Group;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** Writes the declaration as Markdown. */
final class SoaMarkdownWriter {

    private static final String BLANK = "________________________________";

    private SoaMarkdownWriter() {
    }

    /** Renders the model; {@link io.github.enslocal.reporting.RenderedReportWriter} has checked the arguments. */
    static void render(DeclaracionDeAplicabilidad model, ReportLanguage language, Writer out) throws IOException {
        SoaContent content = new SoaContent(model, language);
        Messages messages = content.messages();
        MarkdownDocument document = MarkdownDocument.create(language)
                .heading(1, content.title())
                .paragraph(String.join("\n", content.notes()))
                .paragraph(content.facts().stream().map(fact -> fact.getKey() + ": " + fact.getValue())
                        .collect(Collectors.joining("\n")));
        content.warnings().forEach(document::paragraph);
        document.table(content.table(SoaTable.VALUATIONS))
                .table(content.table(SoaTable.TOTALS))
                .table(content.compensations())
                .heading(2, messages.get("soa.measures"));
        String framework = "";
        for (Group group : model.groups()) {
            if (!content.framework(group).equals(framework)) {
                framework = content.framework(group);
                document.heading(3, framework);
            }
            document.table(content.group(group));
        }
        document.heading(2, messages.get("soa.signature"))
                .paragraph(messages.get("soa.signature.statement"));
        if (model.securityOfficer().isEmpty()) {
            document.paragraph(messages.get("soa.signer.notDesignated"));
        }
        document.paragraph(content.signatureLines().stream()
                .map(line -> line.getKey() + ": " + (line.getValue().isEmpty() ? BLANK : line.getValue()))
                .collect(Collectors.joining("\n")));
        document.writeTo(out);
    }
}
