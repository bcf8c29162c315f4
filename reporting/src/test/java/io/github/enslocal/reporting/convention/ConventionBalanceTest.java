// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.convention;

import static io.github.enslocal.reporting.operations.OperationsFixture.ARTES;
import static io.github.enslocal.reporting.operations.OperationsFixture.MANRESA;
import static io.github.enslocal.reporting.operations.OperationsFixture.NAVARCLES;
import static io.github.enslocal.reporting.operations.OperationsFixture.SANT_FRUITOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.convention.ConventionStatus;
import io.github.enslocal.core.convention.ExpenseType;
import io.github.enslocal.core.money.Money;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.incidents.TimeBasis;
import io.github.enslocal.reporting.inventory.AssetTypeCount;
import io.github.enslocal.reporting.operations.OperationsFixture;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The convention balance of the Bages fixture, figure by figure, worked out by hand. */
class ConventionBalanceTest {

    private final ConventionBalance balance = ConventionBalance.of(OperationsFixture.dataset(),
            OperationsFixture.CONVENTION_ID, OperationsFixture.PERIOD);

    @Test
    void of_fixture_servesTwoMunicipalitiesAtStartAndFourAtEnd() {
        assertThat(balance.servedAtStart()).isEqualTo(2);
        assertThat(balance.servedAtEnd()).isEqualTo(4);
        assertThat(balance.municipalities()).containsExactly(
                new ServedMunicipality(ARTES, "Artés", false, true),
                new ServedMunicipality(MANRESA, "Manresa", true, true),
                new ServedMunicipality(NAVARCLES, "Navarcles", true, true),
                new ServedMunicipality(SANT_FRUITOS, "Sant Fruitós de Bages", false, true));
        assertThat(balance.statusAtStart()).isEqualTo(ConventionStatus.IN_FORCE);
        assertThat(balance.statusAtEnd()).isEqualTo(ConventionStatus.IN_FORCE);
    }

    @Test
    void of_fixture_readsCommittedDedicationPerYearWithItsGrowth() {
        assertThat(balance.committedHoursAtStart()).isEqualByComparingTo("420");
        assertThat(balance.committedHoursAtEnd()).isEqualByComparingTo("650");
        assertThat(balance.dedication()).hasSize(2);
        DedicationYear first = balance.dedication().get(0);
        DedicationYear second = balance.dedication().get(1);
        assertThat(first.committedOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(first.committedHoursPerYear()).isEqualByComparingTo("570");
        assertThat(first.committedGrowthPercent()).isEmpty();
        assertThat(second.committedOn()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(second.committedHoursPerYear()).isEqualByComparingTo("650");
        // (650 - 570) / 570 = 14.035… %
        assertThat(second.committedGrowthPercent()).contains(new BigDecimal("14.0"));
    }

    @Test
    void of_fixture_countsEffortSpentApartFromCommittedDedication() {
        BigDecimal effort = balance.dedication().stream().map(DedicationYear::effortHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        // 43 generated incidents at 30 + (i % 5) * 15 minutes, five security incidents at 120 minutes.
        long generated = 0;
        for (int i = 0; i < 43; i++) {
            generated += 30 + (i % 5) * 15L;
        }
        assertThat(effort).isEqualByComparingTo(BigDecimal.valueOf(generated + 5 * 120).divide(BigDecimal.valueOf(60)));
    }

    @Test
    void of_fixture_countsOnlyIncidentsOfMunicipalitiesServedWhenOpened() {
        // 51 incidents opened in the period, less the two from Santpedor, which never adhered.
        assertThat(balance.incidents()).isEqualTo(49);
        assertThat(balance.incidentsByMonth()).hasSize(14);
        assertThat(balance.incidentsByMonth().stream().mapToLong(m -> m.count()).sum()).isEqualTo(49);
        assertThat(balance.meanIncidentsPerMonth()).isEqualByComparingTo("3.50");
        assertThat(balance.resolutionTimes().basis()).isEqualTo(TimeBasis.BUSINESS_HOURS);
        assertThat(balance.sla()).isPresent();
    }

    @Test
    void of_fixture_countsEquipmentTheSupportBodyManagesForServedMunicipalitiesAtEnd() {
        // Manresa 7, Navarcles 6, Sant Fruitós 5, Artés 3 (A-28 is acquired after the period);
        // Santpedor's laptop is managed by the support body but Santpedor is not served.
        assertThat(balance.managedEquipmentTotal()).isEqualTo(21);
        assertThat(balance.managedEquipment()).contains(new AssetTypeCount(AssetType.DESKTOP, 7),
                new AssetTypeCount(AssetType.LAPTOP, 5), new AssetTypeCount(AssetType.SERVER, 2));
    }

    @Test
    void of_fixture_capsBudgetAtTheMaximumByExpenseType() {
        Budget budget = balance.budget();

        assertThat(budget.maximum()).contains(Money.of(120_000));
        assertThat(budget.justifiedEligible()).isEqualTo(Money.of(130_000));
        assertThat(budget.counted()).isEqualTo(Money.of(120_000));
        assertThat(budget.overMaximum()).isEqualTo(Money.of(10_000));
        assertThat(budget.remaining()).contains(Money.zero());
        assertThat(budget.executedPercent()).contains(new BigDecimal("100.0"));
        assertThat(budget.ineligible()).isEqualTo(Money.of(800));
        assertThat(budget.byType()).containsExactly(
                new BudgetLine(ExpenseType.PERSONNEL_ASSIGNED, Money.of(60_000), Optional.of(new BigDecimal("50.0"))),
                new BudgetLine(ExpenseType.CONTRACTED_SERVICES, Money.of(55_000), Optional.of(new BigDecimal("45.8"))),
                new BudgetLine(ExpenseType.TRAINING, Money.of(5_000), Optional.of(new BigDecimal("4.2"))));
    }

    @Test
    void growth_fixture_isStatedFromStartToEnd() throws IOException {
        // 2 to 4 municipalities: +100 %; 420 to 650 committed hours: (650 - 420) / 420 = 54.76… %
        assertThat(balance.servedGrowthPercent()).contains(new BigDecimal("100.0"));
        assertThat(balance.committedGrowthPercent()).contains(new BigDecimal("54.8"));
        StringWriter out = new StringWriter();
        ConventionBalanceWriters.of(ReportFormat.MARKDOWN).write(balance, ReportLanguage.EN, out);

        assertThat(out.toString())
                .contains("Municipalities served: from 2 to 4 (+100.0%).")
                .contains("Committed technical dedication: from 420 to 650 hours a year (+54.8%).")
                .contains("Help-desk requests: 3.50 a month on average, 49 in total.")
                .contains("Budget executed: 120,000.00 € of the maximum of 120,000.00 € (100.0%); 0.00 € remain.");
    }

    @Test
    void tables_periodBeforeTheConvention_dropRowsThatCarryNoInformation() throws IOException {
        ConventionBalance before = ConventionBalance.of(OperationsFixture.dataset(), OperationsFixture.CONVENTION_ID,
                DateRange.parse("2020-01-01/2021-12-31"));

        assertThat(before.incidents()).isZero();
        assertThat(before.incidentsByMonth()).hasSize(24);
        assertThat(before.table(ConventionTable.INCIDENTS_BY_MONTH, ReportLanguage.EN).rows()).isEmpty();
        assertThat(before.table(ConventionTable.DEDICATION, ReportLanguage.EN).rows()).isEmpty();
        assertThat(before.servedGrowthPercent()).isEmpty();
        StringWriter out = new StringWriter();
        ConventionBalanceWriters.of(ReportFormat.MARKDOWN).write(before, ReportLanguage.EN, out);
        assertThat(out.toString()).doesNotContain("Municipalities served: from").doesNotContain("Help-desk requests")
                .contains("Budget executed: 0.00 € of the maximum of 120,000.00 € (0.0%); 120,000.00 € remain.");
    }

    @Test
    void ofSupportBody_oneConventionInForce_givesTheSameBalance() {
        assertThat(ConventionBalance.ofSupportBody(OperationsFixture.dataset(), OperationsFixture.SUPPORT_BODY_ID,
                OperationsFixture.PERIOD)).isEqualTo(balance);
    }

    @Test
    void ofSupportBody_noConventionInPeriod_throwsNamingTheCount() {
        assertThatThrownBy(() -> ConventionBalance.ofSupportBody(OperationsFixture.dataset(),
                OperationsFixture.SUPPORT_BODY_ID, DateRange.parse("2020-01-01/2020-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Support body 'cc-bages' has 0 signed conventions in force during 2020-01-01/2020-12-31 []"
                        + ", expected exactly one; name the convention by its id instead");
    }

    @Test
    void of_unknownConvention_throwsListingTheKnownOnes() {
        assertThatThrownBy(() -> ConventionBalance.of(OperationsFixture.dataset(), "conv-x", OperationsFixture.PERIOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown convention 'conv-x', expected the id of a convention of the dataset, one of "
                        + "[conv-bages-tic-2024]");
    }
}
