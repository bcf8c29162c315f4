// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.suite;

import java.util.Arrays;
import java.util.Objects;

/**
 * The six reports a {@link ReportSuite} writes, each with the stable stem of its file names.
 */
public enum ReportKind {
    /** The Declaración de Aplicabilidad (RD 311/2022 art. 28), one per categorised information system. */
    DECLARACION_DE_APLICABILIDAD("declaracion-aplicabilidad"),
    /** The ENS tracking dashboard of the support body. */
    DASHBOARD("dashboard"),
    /** The status of the adequacy plans of the systems in scope. */
    ADEQUACY_PLAN("adequacy-plan"),
    /** The balance of the support body's convention over the period. */
    CONVENTION_BALANCE("convention-balance"),
    /** The incidents of the municipalities served, over the period. */
    INCIDENTS("incidents"),
    /** The inventory of the municipalities served, at the date. */
    INVENTORY("inventory");

    private final String fileStem;

    ReportKind(String fileStem) {
        this.fileStem = fileStem;
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
     * Returns whether this report is written once per information system, into a directory named
     * after {@link #fileStem()}.
     *
     * @return true for {@link #DECLARACION_DE_APLICABILIDAD}
     */
    public boolean isPerSystem() {
        return this == DECLARACION_DE_APLICABILIDAD;
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
}
