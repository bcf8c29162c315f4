// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "CA | 0      | 0",
        "CA | 1234   | 1234",
        "CA | 12345  | 12.345",
        "CA | -1234567 | -1.234.567",
        "ES | 98765  | 98.765",
        "EN | 1234   | '1,234'",
        "EN | 123    | 123",
        "EN | -1234567 | '-1,234,567'"})
    void integer_eachLanguage_groupsAsDocumented(ReportLanguage language, long value, String expected) {
        assertThat(ValueFormat.of(language).integer(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "CA | 1234.50   | '1234,50'",
        "ES | 98765.00  | '98.765,00'",
        "ES | -0.05     | '-0,05'",
        "EN | 98765.00  | '98,765.00'",
        "EN | 0.5       | 0.5"})
    void decimal_eachLanguage_keepsScaleWithLocalSeparators(ReportLanguage language, BigDecimal value,
            String expected) {
        assertThat(ValueFormat.of(language).decimal(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "CA | 17 | 20 | '85,0\u00A0%'",
        "ES | 1  | 3  | '33,3\u00A0%'",
        "ES | 2  | 3  | '66,7\u00A0%'",
        "EN | 1  | 8  | '12.5%'",
        "EN | 1  | 16 | '6.3%'"})
    void percent_eachLanguage_roundsHalfUpToOneDecimal(ReportLanguage language, long numerator, long denominator,
            String expected) {
        assertThat(ValueFormat.of(language).percent(numerator, denominator)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CA | 07/03/2025",
        "ES | 07/03/2025",
        "EN | 7 March 2025"})
    void date_eachLanguage_isFixedPattern(ReportLanguage language, String expected) {
        assertThat(ValueFormat.of(language).date(LocalDate.of(2025, 3, 7))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void machine_everyKind_isRootLocaleAndIso() {
        ValueFormat machine = ValueFormat.machine();

        assertThat(machine.integer(-1234567)).isEqualTo("-1234567");
        assertThat(machine.decimal(new BigDecimal("98765.00"))).isEqualTo("98765.00");
        assertThat(machine.percent(17, 20)).isEqualTo("85.0");
        assertThat(machine.date(LocalDate.of(2025, 3, 7))).isEqualTo("2025-03-07");
        assertThat(machine.format(Cell.empty())).isEmpty();
        assertThat(ValueFormat.of(ReportLanguage.CA).format(Cell.empty())).isEqualTo("—");
    }

    @org.junit.jupiter.api.Test
    void percent_zeroDenominator_throws() {
        assertThatThrownBy(() -> ValueFormat.machine().percent(3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid percentage 3/0: the denominator must be positive, e.g. 17/20");
    }

    @Property
    void decimal_catalanText_readsBackAsTheSameNumber(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal value) {
        String text = ValueFormat.of(ReportLanguage.CA).decimal(value);

        assertThat(new BigDecimal(text.replace(".", "").replace(',', '.'))).isEqualTo(value);
    }

    @Property
    void decimal_englishText_readsBackAsTheSameNumber(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(3) BigDecimal value) {
        String text = ValueFormat.of(ReportLanguage.EN).decimal(value);

        assertThat(new BigDecimal(text.replace(",", ""))).isEqualTo(value);
    }

    @Property
    void percent_anyFraction_isMonotonicInTheNumerator(@ForAll @LongRange(min = 0, max = 10_000) long numerator,
            @ForAll @LongRange(min = 1, max = 10_000) long denominator) {
        BigDecimal lower = ValueFormat.percentage(numerator, denominator);
        BigDecimal higher = ValueFormat.percentage(numerator + 1, denominator);

        assertThat(higher).isGreaterThanOrEqualTo(lower);
        assertThat(new BigDecimal(ValueFormat.machine().percent(numerator, denominator))).isEqualTo(lower);
    }
}
