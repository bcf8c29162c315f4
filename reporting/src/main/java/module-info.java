// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS Local reports and their writers: JSON, CSV (RFC 4180 and a spreadsheet dialect),
 * Markdown and self-contained HTML with inline SVG charts, in Catalan, Spanish and English. The API
 * is the report models and their writers, one package per report, the report suite and the
 * format-neutral types of the root package; the writers' machinery is not exported.
 */
@SuppressWarnings("module") // the programs that read the implementation packages come later in the build
module io.github.enslocal.reporting {
    requires transitive io.github.enslocal.ens;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.dataformat.csv;
    requires io.pebbletemplates;
    requires org.slf4j;

    exports io.github.enslocal.reporting;
    exports io.github.enslocal.reporting.suite;

    exports io.github.enslocal.reporting.convention;
    exports io.github.enslocal.reporting.dashboard;
    exports io.github.enslocal.reporting.findings;
    exports io.github.enslocal.reporting.incidents;
    exports io.github.enslocal.reporting.inventory;
    exports io.github.enslocal.reporting.plan;
    exports io.github.enslocal.reporting.soa;
    // The labels in Catalan, Spanish and English: the incident tables the convention balance shares
    // still take them in their signatures.
    exports io.github.enslocal.reporting.i18n;

    // Implementation packages: chart, csv and html are not exported at all; the command line also
    // formats its own console output and writes its files with these.
    exports io.github.enslocal.reporting.files to io.github.enslocal.samples;
    exports io.github.enslocal.reporting.json to io.github.enslocal.samples;
    exports io.github.enslocal.reporting.markdown to io.github.enslocal.samples;

    uses org.slf4j.spi.SLF4JServiceProvider;
}
