// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.reporting.operations.OperationsFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The inventory report of the Bages fixture, list by list, worked out by hand. */
class InventoryReportTest {

    private final InventoryReport report = InventoryReport.of(OperationsFixture.dataset(), OperationsFixture.AS_OF);

    @Test
    void of_fixture_leavesOutAssetsAcquiredAfterTheDate() {
        assertThat(report.total()).isEqualTo(29);
        assertThat(report.byMunicipality()).extracting(MunicipalityAssets::total).containsExactly(3L, 10L, 7L, 2L, 7L);
        assertThat(report.byType()).startsWith(new AssetTypeCount(AssetType.DESKTOP, 8),
                new AssetTypeCount(AssetType.LAPTOP, 6));
    }

    @Test
    void of_fixture_listsSupportEndedByEndOfSupport() {
        assertThat(report.supportEnded()).extracting(AssetEntry::id)
                .containsExactly("A-15", "A-22", "A-05", "A-07", "A-30", "A-11", "A-21");
    }

    @Test
    void of_lastDayOfSupport_isNotYetEnded() {
        InventoryReport onLastDay = InventoryReport.of(OperationsFixture.dataset(), LocalDate.of(2024, 12, 31));

        assertThat(onLastDay.supportEnded()).extracting(AssetEntry::id).doesNotContain("A-30").contains("A-07");
    }

    @Test
    void of_fixture_listsOnlyPortablesKnownUnencryptedByOwner() {
        // A-11 is an unencrypted desktop, not portable; A-26 is a laptop whose encryption is unknown.
        assertThat(report.unencryptedPortables()).extracting(AssetEntry::id)
                .containsExactly("A-03", "A-13", "A-14", "A-30", "A-21");
    }

    @Test
    void of_fixture_listsRecordsMissingResponsibleOrLocation() {
        assertThat(report.missingResponsible()).extracting(AssetEntry::id)
                .containsExactly("A-08", "A-13", "A-14", "A-30", "A-24");
        assertThat(report.missingLocation()).extracting(AssetEntry::id)
                .containsExactly("A-04", "A-09", "A-10", "A-14", "A-30", "A-21", "A-23");
    }
}
