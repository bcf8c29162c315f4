// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.ens.Maturity;
import io.github.enslocal.ens.spi.FindingGrade;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CCN-STIC 815 zones, ratios and their aggregation. */
class IndicesTest {

    @ParameterizedTest(name = "delta {0} → {1}")
    @CsvSource({
        "2, GREEN", "0, GREEN", "-0.5, GREEN",
        "-1, YELLOW", "-1.5, YELLOW",
        "-2, RED", "-3, RED", "-5, RED"})
    void zone_ofDelta_followsCcnStic815(double delta, Zone expected) {
        assertThat(Zone.of(delta)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0}, target {1} → {2}")
    @CsvSource({
        "L2, L2, GREEN", "L5, L2, GREEN", "L1, L2, YELLOW", "L0, L2, RED",
        "L2, L3, YELLOW", "L1, L3, RED", "L3, L4, YELLOW", "L2, L4, RED", "L4, L4, GREEN"})
    void zone_ofMaturities_comparesDeclaredWithTarget(Maturity declared, Maturity target, Zone expected) {
        assertThat(Zone.of(declared, target)).isEqualTo(expected);
    }

    @Test
    void zone_ofAGroup_isTheWorstMember() {
        assertThat(Zone.GREEN.worst(Zone.YELLOW)).isEqualTo(Zone.YELLOW);
        assertThat(Zone.RED.worst(Zone.YELLOW)).isEqualTo(Zone.RED);
        assertThat(Zone.GREEN.worst(Zone.GREEN)).isEqualTo(Zone.GREEN);
    }

    @Test
    void zone_ofNotANumber_isRejected() {
        assertThatThrownBy(() -> Zone.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid maturity delta NaN, expected a finite number, e.g. -1");
    }

    @Test
    void ratio_aggregatesAsNumeratorsOverDenominators() {
        Ratio navarcles = Ratio.of(37, 52);
        Ratio manresa = Ratio.of(60, 61);

        assertThat(navarcles.plus(manresa)).isEqualTo(Ratio.of(97, 113));
        assertThat(navarcles.percentage()).contains(new BigDecimal("71.2"));
        assertThat(Ratio.ZERO.percentage()).isEmpty();
        assertThat(Ratio.ZERO.plus(navarcles)).isEqualTo(navarcles);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3/2   | Invalid ratio 3/2, expected 0 ≤ numerator ≤ denominator, e.g. 37/52",
        "-1/2  | Invalid ratio '-1/2', expected e.g. '37/52'",
        "37:52 | Invalid ratio '37:52', expected e.g. '37/52'"})
    void ratio_parse_rejectsBadText(String text, String message) {
        assertThatThrownBy(() -> Ratio.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Property
    void ratio_parse_roundTripsToString(@ForAll @LongRange(min = 0, max = 1_000_000) long numerator,
            @ForAll @LongRange(min = 0, max = 1_000_000) long extra) {
        Ratio ratio = Ratio.of(numerator, numerator + extra);

        assertThat(Ratio.parse(ratio.toString())).isEqualTo(ratio);
    }

    @Test
    void summary_plus_addsIndicesAndCountsAndKeepsTheWorstZone() {
        ComplianceSummary navarcles = new ComplianceSummary(Ratio.of(30, 52), Ratio.of(120, 260), Optional.of(Zone.YELLOW),
                Map.of(MeasureStatus.COMPLIANT, 30, MeasureStatus.NOT_ASSESSED, 22), Map.of(FindingGrade.MINOR, 4));
        ComplianceSummary santFruitos = new ComplianceSummary(Ratio.of(10, 52), Ratio.of(60, 260), Optional.of(Zone.RED),
                Map.of(MeasureStatus.COMPLIANT, 10), Map.of(FindingGrade.MAJOR, 1, FindingGrade.MINOR, 2));

        ComplianceSummary sum = navarcles.plus(santFruitos).plus(ComplianceSummary.empty());

        assertThat(sum.compliance()).isEqualTo(Ratio.of(40, 104));
        assertThat(sum.maturity()).isEqualTo(Ratio.of(180, 520));
        assertThat(sum.zone()).contains(Zone.RED);
        assertThat(sum.count(MeasureStatus.COMPLIANT)).isEqualTo(40);
        assertThat(sum.count(MeasureStatus.EXCLUDED)).isZero();
        assertThat(sum.count(FindingGrade.MINOR)).isEqualTo(6);
        assertThat(sum.describe()).isEqualTo("compliance 40/104, maturity 180/520, zone RED; 1 major, 6 minor, 0 observations");
    }

    @Test
    void summary_ofNothing_hasNoZone() {
        assertThat(ComplianceSummary.empty().zone()).isEmpty();
        assertThat(ComplianceSummary.empty().compliance().isEmpty()).isTrue();
    }
}
