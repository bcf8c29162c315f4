// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyPropertiesTest {

    @Property
    void parse_ofToString_returnsAnEqualAmount(@ForAll("amounts") Money money) {
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Property
    void toString_alwaysHasExactlyTwoDecimals(@ForAll("amounts") Money money) {
        assertThat(money.toString()).matches("-?[0-9]+\\.[0-9]{2}");
    }

    @Property
    void parse_anyText_returnsAnAmountOrThrowsIllegalArgument(@ForAll String text) {
        try {
            assertThat(Money.parse(text).amount().scale()).isEqualTo(2);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageStartingWith("Invalid amount '");
        }
    }

    @Property
    void plus_isCommutative(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void plus_isAssociative(@ForAll("amounts") Money a, @ForAll("amounts") Money b, @ForAll("amounts") Money c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void plus_zero_isIdentity(@ForAll("amounts") Money a) {
        assertThat(a.plus(Money.zero())).isEqualTo(a);
    }

    @Property
    void minus_undoesPlus(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @Property
    void minus_isPlusOfTheNegation(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertThat(a.minus(b)).isEqualTo(a.plus(b.negated()));
    }

    @Property
    void compareTo_agreesWithTheSignOfTheDifference(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        Money difference = a.minus(b);

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(difference.amount().signum());
        assertThat(a.isGreaterThan(b)).isEqualTo(difference.isPositive());
        assertThat(a.isLessThan(b)).isEqualTo(difference.isNegative());
        assertThat(a.equals(b)).isEqualTo(difference.isZero());
    }

    @Provide
    Arbitrary<Money> amounts() {
        // A third of the largest amount, so that sums of three never overflow.
        return Arbitraries.longs().between(-33_333_333_333_333_333L, 33_333_333_333_333_333L)
                .edgeCases(edges -> edges.includeOnly(0L, 1L, -1L))
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2)));
    }
}
