// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import io.github.enslocal.core.territory.IneCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Sample reports whose text fields are hostile: markup, formulas, pipes and line breaks. */
public final class SampleFixtures {

    /** Classic HTML injection. */
    public static final String SCRIPT = "<script>alert(1)</script>";
    /** Breaks out of an attribute and adds an event handler. */
    public static final String IMG_ONERROR = "\"><img src=x onerror=alert(1)>";
    /** A spreadsheet formula that opens a link. */
    public static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    /** Would leave a trace in the DOM if a browser ran it. */
    public static final String DOM_MARKER_SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>";
    /** Would leave a trace in the DOM if a browser ran the handler. */
    public static final String DOM_MARKER_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">";
    /** Markdown and CSV structure characters. */
    public static final String STRUCTURE = "-1+2 | pipe, \"quoted\"; semi\nsecond line & [link](javascript:alert(1))";

    /** The plain title the hostile title is compared with. */
    public static final String TITLE = "Quadre de seguiment " + SCRIPT + " & \"cometes\"";

    private SampleFixtures() {
    }

    /**
     * Returns a report of three Bages municipalities (Manresa, Navarcles, Sant Fruitós de Bages)
     * whose text fields carry every hostile string.
     *
     * @return the report
     */
    public static SampleReport hostileReport() {
        return new SampleReport(TITLE, LocalDate.of(2025, 3, 31), List.of(
                new SampleReport.Row(IneCode.parse("08113"), "Manresa " + IMG_ONERROR, SCRIPT,
                        12, new BigDecimal("-1234.50"), 51, 60, Optional.of(LocalDate.of(2024, 11, 5))),
                new SampleReport.Row(IneCode.parse("08140"), HYPERLINK, DOM_MARKER_SCRIPT + DOM_MARKER_IMG,
                        0, new BigDecimal("98765.00"), 17, 20, Optional.empty()),
                new SampleReport.Row(IneCode.parse("08213"), "Sant Fruitós de Bages", STRUCTURE,
                        1234, new BigDecimal("0.05"), 0, 0, Optional.of(LocalDate.of(2023, 6, 30)))));
    }
}
