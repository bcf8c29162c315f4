// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.MunicipalityEvaluation;
import io.github.enslocal.ens.evaluation.Ratio;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.github.enslocal.reporting.dashboard.DashboardFigures;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import io.github.enslocal.reporting.suite.ReportKind;
import io.github.enslocal.reporting.suite.ReportSuiteResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code enslocal demo} prints on the standard output once the files are in place: the support
 * body's figures from its ENS dashboard, the most serious findings, where the files are and which
 * one to open first, in the language chosen with {@code --lang}.
 *
 * @param text the language
 * @param dashboard the support body's dashboard, whose totals give the indices and zone
 * @param evaluation the evaluation the dashboard was built from
 * @param servedAtStart the municipalities the support convention served on the first day of {@code balancePeriod}
 * @param balancePeriod the period of the convention balance
 * @param notificationDelay the delay the demo allows for notifying CCN-CERT
 * @param directory the demo directory, as the user named it
 * @param reports the report files written, relative to {@code directory}
 */
record DemoSummary(ConsoleText text, EnsDashboard dashboard, DatasetEvaluation evaluation, int servedAtStart,
        DateRange balancePeriod, Duration notificationDelay, String directory, ReportSuiteResult reports) {

    /** The number of findings the summary lists. */
    static final int TOP_FINDINGS = 5;
    /** The dataset's file name in the demo directory. */
    static final String DATASET_FILE = "dataset.json";
    /** The reports' directory in the demo directory. */
    static final String REPORTS_DIRECTORY = "reports";

    DemoSummary {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(balancePeriod, "balancePeriod");
        Objects.requireNonNull(notificationDelay, "notificationDelay");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(reports, "reports");
    }

    /**
     * Returns the summary.
     *
     * @return lines ending with {@code \n}
     */
    String render() {
        ValueFormat values = ValueFormat.of(text.language());
        Messages labels = Messages.of(text.language());
        DashboardFigures totals = dashboard.totals().figures();
        List<String> lines = new ArrayList<>();
        String title = text.format("summary.title", dashboard.supportBodyName(), values.date(dashboard.asOf()));
        lines.add(title);
        lines.add("=".repeat(title.codePointCount(0, title.length())));
        lines.add(text.format("summary.synthetic"));
        lines.add("");
        List<String[]> facts = List.of(
                fact("summary.municipalities", text.format("summary.municipalitiesValue",
                        values.integer(dashboard.totals().municipalities()), values.integer(dashboard.totals().population()),
                        values.integer(servedAtStart), values.date(balancePeriod.start()))),
                fact("summary.systems", values.integer(totals.systems()) + ": " + categoryMix(labels, values)),
                fact("summary.compliance", index(totals.compliance(), values)),
                fact("summary.maturity", index(totals.maturity(), values)),
                fact("summary.zone", totals.zone().map(zone -> labels.get("dashboard.zone." + zone.name()))
                        .orElse(text.format("summary.noZone"))),
                fact("summary.findings", text.format("summary.findingsValue",
                        values.integer(evaluation.summary().count(FindingGrade.MAJOR)),
                        values.integer(evaluation.summary().count(FindingGrade.MINOR)))));
        int width = facts.stream().mapToInt(fact -> fact[0].length()).max().orElse(0);
        facts.forEach(fact -> lines.add(fact[0] + " ".repeat(width - fact[0].length()) + fact[1]));
        lines.add("");
        lines.addAll(topFindings(values));
        lines.add("");
        lines.add(text.format("summary.files", directory));
        String dataset = path(DATASET_FILE);
        String reportsDirectory = REPORTS_DIRECTORY + "/";
        int column = Math.max(DATASET_FILE.length(), reportsDirectory.length()) + 2;
        lines.add("  " + pad(DATASET_FILE, column) + text.format("summary.dataset", dataset, dashboard.asOf()));
        lines.add("  " + pad(reportsDirectory, column)
                + text.format("summary.reports", values.integer(reports.files().size())));
        lines.add("");
        lines.add(text.format("summary.openFirst", report(ReportKind.DASHBOARD.fileStem())));
        lines.add(text.format("summary.openNext"));
        List<String[]> next = List.of(
                new String[] {text.format("summary.next.soa"), firstDeclaration()},
                new String[] {text.format("summary.next.convention"), report(ReportKind.CONVENTION_BALANCE.fileStem())},
                new String[] {text.format("summary.next.incidents"), report(ReportKind.INCIDENTS.fileStem())});
        int nextWidth = next.stream().mapToInt(item -> item[0].length()).max().orElse(0) + 2;
        next.forEach(item -> lines.add("  " + pad(item[0] + ":", nextWidth) + item[1]));
        lines.add("");
        lines.add(text.format("summary.notificationDelay", delay(notificationDelay)));
        return String.join("\n", lines) + "\n";
    }

    private String[] fact(String key, String value) {
        return new String[] {text.format(key) + ": ", value};
    }

    private String categoryMix(Messages labels, ValueFormat values) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        int uncategorised = 0;
        for (SystemEvaluation system : inScope()) {
            if (system.category().isPresent()) {
                counts.merge(system.category().get(), 1, Integer::sum);
            } else {
                uncategorised++;
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((category, count) -> parts.add(values.integer(count) + " "
                + labels.get("soa.categoryName." + category.name())));
        if (uncategorised > 0) {
            parts.add(labels.format("dashboard.uncategorised", values.integer(uncategorised)));
        }
        return String.join(", ", parts);
    }

    /** Returns the systems of the municipalities on the dashboard. */
    private List<SystemEvaluation> inScope() {
        return dashboard.municipalities().stream()
                .flatMap(row -> row.systemIds().stream())
                .map(id -> evaluation.system(id).orElseThrow())
                .toList();
    }

    private List<String> topFindings(ValueFormat values) {
        List<String> ids = inScope().stream().map(SystemEvaluation::systemId).toList();
        List<EvaluationOutput.SystemFinding> all = EvaluationOutput.nonConformities(evaluation).stream()
                .filter(found -> ids.contains(found.systemId()))
                .toList();
        // The town halls worst off first, each with its most serious finding of a rule not shown yet, so
        // that the list shows several town halls and several kinds of problem.
        List<String> ranked = all.stream().map(EvaluationOutput.SystemFinding::systemId).distinct()
                .sorted(Comparator.comparing((String id) -> -majors(id)).thenComparing(this::compliance)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Set<String> rules = new HashSet<>();
        Set<String> systems = new HashSet<>();
        List<EvaluationOutput.SystemFinding> top = new ArrayList<>();
        for (FindingGrade grade : List.of(FindingGrade.MAJOR, FindingGrade.MINOR)) {
            for (String systemId : ranked) {
                all.stream().filter(found -> found.systemId().equals(systemId) && found.finding().grade() == grade
                                && !systems.contains(systemId) && !rules.contains(found.finding().ruleId()))
                        .findFirst().filter(found -> top.size() < TOP_FINDINGS).ifPresent(found -> {
                            top.add(found);
                            systems.add(systemId);
                            rules.add(found.finding().ruleId());
                        });
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(text.format("summary.topFindings", values.integer(top.size()), values.integer(all.size())));
        for (int i = 0; i < top.size(); i++) {
            EvaluationOutput.SystemFinding found = top.get(i);
            lines.add("  " + (i + 1) + ". " + found.finding().grade().officialName() + ", " + owner(found.systemId())
                    + ", " + EvaluationOutput.where(found.finding(), text) + ": "
                    + found.finding().explanation(text.language().locale()));
        }
        return lines;
    }

    private int majors(String systemId) {
        return evaluation.system(systemId).orElseThrow().summary().count(FindingGrade.MAJOR);
    }

    /** Returns a system's compliance index as a fraction, 0 when it has no required measure. */
    private double compliance(String systemId) {
        Ratio ratio = evaluation.system(systemId).orElseThrow().summary().compliance();
        return ratio.isEmpty() ? 0 : (double) ratio.numerator() / ratio.denominator();
    }

    /** Returns the name of the municipality owning a system, with the system's id. */
    private String owner(String systemId) {
        SystemEvaluation system = evaluation.system(systemId).orElseThrow();
        return system.owner().municipality().flatMap(evaluation::municipality)
                .flatMap(MunicipalityEvaluation::name)
                .map(name -> name + " (" + systemId + ")")
                .orElse(systemId);
    }

    private String firstDeclaration() {
        String prefix = ReportKind.DECLARACION_DE_APLICABILIDAD.fileStem() + "/";
        String suffix = "." + text.language().tag() + "." + ReportFormat.HTML.fileExtension();
        return reports.files().stream().filter(file -> file.startsWith(prefix) && file.endsWith(suffix)).findFirst()
                .map(file -> path(REPORTS_DIRECTORY + "/" + file))
                .orElse(path(REPORTS_DIRECTORY + "/" + prefix));
    }

    private String report(String stem) {
        return path(REPORTS_DIRECTORY + "/" + stem + "." + text.language().tag() + "." + ReportFormat.HTML.fileExtension());
    }

    private String path(String relative) {
        return directory + "/" + relative;
    }

    private static String index(Ratio ratio, ValueFormat values) {
        return values.integer(ratio.numerator()) + "/" + values.integer(ratio.denominator())
                + (ratio.isEmpty() ? "" : " (" + values.percent(ratio.numerator(), ratio.denominator()) + ")");
    }

    /** Returns a delay as hours when it is a whole number of them, e.g. {@code "24 h"}, else in ISO-8601. */
    static String delay(Duration delay) {
        return delay.toSeconds() % 3600 == 0 ? delay.toHours() + " h" : delay.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
