// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.i18n;

import io.github.enslocal.reporting.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The format people read in one language; see {@link ValueFormat} for the table of forms.
 *
 * @param grouping the digit group separator
 * @param decimalSeparator the decimal separator
 * @param minimumGroupedDigits the fewest integer digits that are grouped (5 in ca/es, 4 in en)
 * @param percentSuffix what follows a percentage
 * @param dates the date pattern
 */
record HumanValueFormat(char grouping, char decimalSeparator, int minimumGroupedDigits,
        String percentSuffix, DateTimeFormatter dates) implements ValueFormat {

    private static final String NO_BREAK_SPACE = "\u00A0";
    private static final HumanValueFormat CATALAN_SPANISH = new HumanValueFormat('.', ',', 5,
            NO_BREAK_SPACE + "%", DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT));
    private static final HumanValueFormat ENGLISH = new HumanValueFormat(',', '.', 4, "%",
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    static HumanValueFormat of(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        return language == ReportLanguage.EN ? ENGLISH : CATALAN_SPANISH;
    }

    @Override
    public String integer(long value) {
        return decimal(BigDecimal.valueOf(value));
    }

    @Override
    public String decimal(BigDecimal value) {
        String plain = Objects.requireNonNull(value, "value").toPlainString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String whole = point < 0 ? unsigned : unsigned.substring(0, point);
        StringBuilder text = new StringBuilder(negative ? "-" : "");
        if (whole.length() >= minimumGroupedDigits) {
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    text.append(grouping);
                }
                text.append(whole.charAt(i));
            }
        } else {
            text.append(whole);
        }
        if (point >= 0) {
            text.append(decimalSeparator).append(unsigned, point + 1, unsigned.length());
        }
        return text.toString();
    }

    @Override
    public String percent(long numerator, long denominator) {
        return decimal(ValueFormat.percentage(numerator, denominator)) + percentSuffix;
    }

    @Override
    public String date(LocalDate value) {
        return dates.format(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String empty() {
        return "—";
    }
}
