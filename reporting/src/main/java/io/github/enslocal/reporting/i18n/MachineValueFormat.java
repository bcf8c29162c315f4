// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The {@code Locale.ROOT}, ISO-8601 format of JSON and CSV. */
enum MachineValueFormat implements ValueFormat {
    INSTANCE;

    @Override
    public String integer(long value) {
        return Long.toString(value);
    }

    @Override
    public String decimal(BigDecimal value) {
        return Objects.requireNonNull(value, "value").toPlainString();
    }

    @Override
    public String percent(long numerator, long denominator) {
        return ValueFormat.percentage(numerator, denominator).toPlainString();
    }

    @Override
    public String date(LocalDate value) {
        return Objects.requireNonNull(value, "value").toString();
    }

    @Override
    public String empty() {
        return "";
    }
}
