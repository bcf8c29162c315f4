// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.reporting.convention.ConventionBalanceWriters;
import io.github.enslocal.reporting.convention.ConventionTable;
import io.github.enslocal.reporting.dashboard.DashboardTable;
import io.github.enslocal.reporting.dashboard.EnsDashboard;
import io.github.enslocal.reporting.dashboard.EnsDashboardWriters;
import io.github.enslocal.reporting.findings.FindingsReport;
import io.github.enslocal.reporting.findings.FindingsReportWriters;
import io.github.enslocal.reporting.findings.FindingsTable;
import io.github.enslocal.reporting.incidents.IncidentReport;
import io.github.enslocal.reporting.incidents.IncidentReportWriters;
import io.github.enslocal.reporting.incidents.IncidentTable;
import io.github.enslocal.reporting.inventory.InventoryReport;
import io.github.enslocal.reporting.inventory.InventoryReportWriters;
import io.github.enslocal.reporting.inventory.InventoryTable;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus;
import io.github.enslocal.reporting.plan.AdequacyPlanStatusWriters;
import io.github.enslocal.reporting.plan.PlanTable;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidad;
import io.github.enslocal.reporting.soa.DeclaracionDeAplicabilidadWriters;
import io.github.enslocal.reporting.soa.SoaTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The reports a {@link ReportSuite} writes, each described once: its id on the command line, the
 * stem of its file names, the prefix of its message keys, its HTML template, and (inside this
 * package) how its model is built and written. Adding a report means adding a constant here; see
 * CONTRIBUTING.md.
 */
public enum ReportKind {
    /** The ENS tracking dashboard of the support body. */
    DASHBOARD("dashboard", "dashboard", "dashboard", "ens-dashboard",
            ReportDefinition.single(scope -> EnsDashboard.of(scope.evaluation(), scope.dataset(),
                    scope.body().id(), scope.asOf()), DashboardTable.values(), EnsDashboardWriters::of,
                    EnsDashboardWriters::csv)),
    /** The Declaración de Aplicabilidad (RD 311/2022 art. 28), one per categorised information system. */
    DECLARACION_DE_APLICABILIDAD("soa", "declaracion-aplicabilidad", "soa", "soa",
            new ReportDefinition<>(ReportKind::declarations, Arrays.asList(SoaTable.values()),
                    DeclaracionDeAplicabilidadWriters::of, DeclaracionDeAplicabilidadWriters::csv)),
    /** The status of the adequacy plans of the systems in scope. */
    ADEQUACY_PLAN("plan", "adequacy-plan", "plan", "adequacy-plan",
            ReportDefinition.single(scope -> AdequacyPlanStatus.forDataset(scope.scoped(),
                    scope.asOf()), PlanTable.values(), AdequacyPlanStatusWriters::of, AdequacyPlanStatusWriters::csv)),
    /** The balance of the support body's convention over the period. */
    CONVENTION_BALANCE("convention", "convention-balance", "convention", "convention-balance",
            ReportDefinition.single(ReportScope::conventionBalance, ConventionTable.values(),
                    ConventionBalanceWriters::of, ConventionBalanceWriters::csv)),
    /** The incidents of the municipalities served, over the period. */
    INCIDENTS("incidents", "incidents", "incidents", "incident-report",
            ReportDefinition.single(scope -> IncidentReport.of(scope.scoped(), scope.incidentPeriod(),
                    scope.notificationPolicy()), IncidentTable.values(), IncidentReportWriters::of,
                    IncidentReportWriters::csv)),
    /** The inventory of the municipalities served, at the date. */
    INVENTORY("inventory", "inventory", "inventory", "inventory-report",
            ReportDefinition.single(scope -> InventoryReport.of(scope.scoped(), scope.asOf()),
                    InventoryTable.values(), InventoryReportWriters::of, InventoryReportWriters::csv)),
    /** The findings report (informe de no conformitats): every open finding and the plan action that addresses it. */
    FINDINGS("findings", "findings", "findings", "findings-report",
            ReportDefinition.single(scope -> FindingsReport.of(scope.evaluation(), scope.dataset(), scope.body().id()),
                    FindingsTable.values(), FindingsReportWriters::of, FindingsReportWriters::csv));

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private final String id;
    private final String fileStem;
    private final String messagePrefix;
    private final String template;
    private final ReportDefinition<?, ?> definition;

    ReportKind(String id, String fileStem, String messagePrefix, String template, ReportDefinition<?, ?> definition) {
        this.id = id;
        this.fileStem = fileStem;
        this.messagePrefix = messagePrefix;
        this.template = template;
        this.definition = definition;
    }

    /**
     * Returns the report's id on the command line ({@code enslocal report --reports}).
     *
     * @return a lower-case word, e.g. {@code "soa"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the stem of this report's file names, or of its directory for the reports written
     * once per system.
     *
     * @return lower-case words joined by hyphens, e.g. {@code "dashboard"}
     */
    public String fileStem() {
        return fileStem;
    }

    /**
     * Returns the prefix of this report's keys in the message bundles, e.g. {@code "soa"} for
     * {@code soa.title}.
     *
     * @return a lower-case word
     */
    public String messagePrefix() {
        return messagePrefix;
    }

    /**
     * Returns the name of this report's HTML template, without its {@code .peb} extension.
     *
     * @return e.g. {@code "ens-dashboard"}
     */
    public String template() {
        return template;
    }

    /**
     * Returns whether this report is written once per information system, into a directory named
     * after {@link #fileStem()}.
     *
     * @return true for {@link #DECLARACION_DE_APLICABILIDAD}
     */
    public boolean isPerSystem() {
        return this == DECLARACION_DE_APLICABILIDAD;
    }

    /** Returns how the report is built and written. */
    ReportDefinition<?, ?> definition() {
        return definition;
    }

    /**
     * Obtains a kind from its file stem.
     *
     * @param stem e.g. {@code "dashboard"}
     * @return the kind
     * @throws NullPointerException if {@code stem} is null
     * @throws IllegalArgumentException if no kind has that stem
     */
    public static ReportKind fromFileStem(String stem) {
        Objects.requireNonNull(stem, "stem");
        for (ReportKind kind : values()) {
            if (kind.fileStem.equals(stem.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown report '" + stem + "', expected one of "
                + Arrays.stream(values()).map(ReportKind::fileStem).toList() + ", e.g. 'dashboard'");
    }

    /**
     * Returns the declarations of the categorised systems in scope, each under
     * {@code declaracion-aplicabilidad/<system>} with the system id's characters other than ASCII
     * letters, digits, {@code -} and {@code _} turned into {@code _}.
     */
    private static List<ReportDefinition.Model<DeclaracionDeAplicabilidad>> declarations(ReportScope scope) {
        DatasetEvaluation evaluation = scope.evaluation();
        DeclaracionDeAplicabilidad.Source source = DeclaracionDeAplicabilidad.Source.of(scope.dataset());
        Map<String, String> names = new HashMap<>();
        List<ReportDefinition.Model<DeclaracionDeAplicabilidad>> models = new ArrayList<>();
        for (String systemId : scope.systems()) {
            if (evaluation.system(systemId).flatMap(system -> system.category()).isEmpty()) {
                continue;
            }
            String name = UNSAFE.matcher(systemId).replaceAll("_");
            String clash = names.put(name.toLowerCase(Locale.ROOT), systemId);
            if (clash != null) {
                throw new IllegalArgumentException("Systems '" + clash + "' and '" + systemId + "' would share the "
                        + "file name '" + name + "'; give them ids that differ in letters or digits");
            }
            models.add(new ReportDefinition.Model<>("/" + name,
                    DeclaracionDeAplicabilidad.of(evaluation, source, systemId)));
        }
        return models;
    }
}
