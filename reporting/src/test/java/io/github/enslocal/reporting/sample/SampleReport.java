// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import io.github.enslocal.core.territory.IneCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A test-only report exercising every kind of value the real reports hold.
 *
 * @param title the report title
 * @param asOf the reference date
 * @param rows one row per municipality, in INE code order
 */
public record SampleReport(String title, LocalDate asOf, List<Row> rows) {

    /**
     * One municipality.
     *
     * @param municipality its INE code
     * @param name its name
     * @param note free text typed by a user
     * @param openIncidents a count
     * @param budgetBalance euros, may be negative
     * @param compliant compliant measures
     * @param applicable applicable measures; zero when nothing was evaluated
     * @param lastAudit the last audit, if any
     */
    public record Row(IneCode municipality, String name, String note, long openIncidents,
            BigDecimal budgetBalance, long compliant, long applicable, Optional<LocalDate> lastAudit) {
    }
}
