// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "1234.56, 1234.56",
        "1234.5, 1234.50",
        "80, 80.00",
        "-0.50, -0.50",
        "-0, 0.00",
        "'  42.10 ', 42.10",
        "999999999999999.99, 999999999999999.99",
    })
    void parse_wellFormedText_keepsCentsExactly(String text, String expected) {
        assertThat(Money.parse(text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                     | Invalid amount '', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "12.345                 | Invalid amount '12.345', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "1234,56                | Invalid amount '1234,56', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "1.234,56               | Invalid amount '1.234,56', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "1E3                    | Invalid amount '1E3', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "+5                     | Invalid amount '+5', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "12.                    | Invalid amount '12.', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "1234.56 €              | Invalid amount '1234.56 €', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "NaN                    | Invalid amount 'NaN': not a finite number, expected e.g. '1234.56'",
        "-Infinity              | Invalid amount '-Infinity': not a finite number, expected e.g. '1234.56'",
        "1000000000000000       | Invalid amount '1000000000000000', expected euros with a point and at most 2 decimals, e.g. '1234.56'",
        "12345678901234567890   | Invalid amount '12345678901234567890': longer than 19 characters, expected at most 15 digits and 2 decimals, e.g. '1234.56'",
    })
    void parse_malformedText_throwsWithTheTextAndAnExample(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text)).withMessage(message);
    }

    @Test
    void parse_hugeText_quotesOnlyItsBeginning() {
        String text = "9".repeat(100_000);

        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text))
                .withMessageStartingWith("Invalid amount '" + "9".repeat(38) + "…': longer than 19 characters");
    }

    @Test
    void parse_null_throwsNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Money.parse(null)).withMessage("text");
    }

    @ParameterizedTest
    @CsvSource({
        "0.125, 0.12",
        "0.135, 0.14",
        "-0.125, -0.12",
        "2.5, 2.50",
        "0.0049, 0.00",
        "1E-999999999, 0.00",
        "1.2E+3, 1200.00",
    })
    void of_decimalWithOtherScale_roundsHalfEvenToCents(String euros, String expected) {
        assertThat(Money.of(new BigDecimal(euros)).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1000000000000000 | Invalid amount '1000000000000000': more than 15 digits before the decimal point, e.g. '1234.56'",
        "1E+999999999     | Invalid amount '1E+999999999': more than 15 digits before the decimal point, e.g. '1234.56'",
    })
    void of_decimalTooLarge_throwsWithTheValue(String euros, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal(euros))).withMessage(message);
    }

    @Test
    void of_wholeEuros_hasTwoDecimals() {
        assertThat(Money.of(120_000).amount()).isEqualTo(new BigDecimal("120000.00"));
    }

    @Test
    void equals_sameValueWithOtherScale_isEqual() {
        assertThat(Money.of(new BigDecimal("5.1"))).isEqualTo(Money.parse("5.10")).hasSameHashCodeAs(Money.parse("5.10"));
    }

    @Test
    void zero_isNeitherNegativeNorPositive() {
        assertThat(Money.zero()).satisfies(zero -> {
            assertThat(zero.isZero()).isTrue();
            assertThat(zero.isNegative()).isFalse();
            assertThat(zero.isPositive()).isFalse();
            assertThat(zero).hasToString("0.00");
        });
    }

    @Test
    void minus_largerAmount_isNegative() {
        Money difference = Money.parse("1500.00").minus(Money.parse("1750.25"));

        assertThat(difference).isEqualTo(Money.parse("-250.25"));
        assertThat(difference.isNegative()).isTrue();
    }

    @Test
    void plus_beyondFifteenDigits_throwsArithmeticException() {
        Money largest = Money.parse("999999999999999.99");

        assertThatThrownBy(() -> largest.plus(Money.parse("0.01")))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("Amount 1000000000000000.00 has more than 15 digits before the decimal point");
    }

    @Test
    void comparisons_orderByValue() {
        Money small = Money.parse("99.99");
        Money large = Money.parse("100.00");

        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(small)).isFalse();
        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(large.negated()).isEqualTo(Money.parse("-100.00"));
    }
}
