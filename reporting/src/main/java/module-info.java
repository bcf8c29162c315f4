// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS Local reports and their writers: JSON, CSV (RFC 4180 and a spreadsheet dialect),
 * Markdown and self-contained HTML with inline SVG charts, in Catalan, Spanish and English.
 */
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
    exports io.github.enslocal.reporting.chart;
    exports io.github.enslocal.reporting.csv;
    exports io.github.enslocal.reporting.html;
    exports io.github.enslocal.reporting.i18n;
    exports io.github.enslocal.reporting.json;
    exports io.github.enslocal.reporting.markdown;

    exports io.github.enslocal.reporting.convention;
    exports io.github.enslocal.reporting.dashboard;
    exports io.github.enslocal.reporting.incidents;
    exports io.github.enslocal.reporting.inventory;
    exports io.github.enslocal.reporting.plan;
    exports io.github.enslocal.reporting.soa;
    exports io.github.enslocal.reporting.suite;

    uses org.slf4j.spi.SLF4JServiceProvider;
}
