// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

import static io.github.enslocal.core.asset.NavarclesAssets.NAVARCLES;
import static io.github.enslocal.core.asset.NavarclesAssets.OUT_OF_SUPPORT_SERVER;
import static io.github.enslocal.core.asset.NavarclesAssets.UNDOCUMENTED_DESKTOP;
import static io.github.enslocal.core.asset.NavarclesAssets.UNENCRYPTED_LAPTOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 30);

    @Test
    void constructor_nullOptionalsAndFacts_becomeEmptyAndUnknown() {
        assertThat(UNDOCUMENTED_DESKTOP.serialNumber()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.location()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.responsible()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.acquisitionDate()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.product()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.version()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.endOfSupport()).isEmpty();
        assertThat(UNDOCUMENTED_DESKTOP.securityFacts()).isEqualTo(SecurityFacts.unknown());
    }

    @ParameterizedTest(name = "end of support 2023-10-10, as of {0}: ended={1}")
    @CsvSource({"2023-10-09, false", "2023-10-10, false", "2023-10-11, true", "2025-11-30, true"})
    void isSupportEnded_comparesAsOfWithTheLastDayOfSupport(LocalDate asOf, boolean ended) {
        assertThat(OUT_OF_SUPPORT_SERVER.isSupportEnded(asOf)).isEqualTo(ended);
    }

    @Test
    void isSupportEnded_endOfSupportNotRecorded_isFalse() {
        assertThat(UNENCRYPTED_LAPTOP.isSupportEnded(AS_OF)).isFalse();
    }

    @Test
    void isSupportEnded_nullAsOf_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> OUT_OF_SUPPORT_SERVER.isSupportEnded(null)).withMessage("asOf");
    }

    @ParameterizedTest(name = "as of {0}: {1} days")
    @CsvSource({"2023-09-30, 10", "2023-10-10, 0", "2025-11-30, -782"})
    void daysUntilEndOfSupport_countsFromAsOfToTheLastDay(LocalDate asOf, long days) {
        assertThat(OUT_OF_SUPPORT_SERVER.daysUntilEndOfSupport(asOf)).contains(days);
    }

    @Test
    void daysUntilEndOfSupport_endOfSupportNotRecorded_isEmpty() {
        assertThat(UNENCRYPTED_LAPTOP.daysUntilEndOfSupport(AS_OF)).isEmpty();
    }

    @Test
    void daysUntilEndOfSupport_nullAsOf_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> OUT_OF_SUPPORT_SERVER.daysUntilEndOfSupport(null))
                .withMessage("asOf");
    }

    @Test
    void daysSinceLastPatch_readsTheSecurityFacts() {
        assertThat(UNENCRYPTED_LAPTOP.daysSinceLastPatch(AS_OF)).contains(81L);
        assertThat(OUT_OF_SUPPORT_SERVER.daysSinceLastPatch(AS_OF)).contains(782L);
        assertThat(UNDOCUMENTED_DESKTOP.daysSinceLastPatch(AS_OF)).isEmpty();
    }

    @ParameterizedTest(name = "{0} with encryption {1}: unencrypted portable={2}")
    @CsvSource({
        "LAPTOP,  NO,      true",
        "MOBILE,  NO,      true",
        "TABLET,  NO,      true",
        "LAPTOP,  UNKNOWN, false",
        "LAPTOP,  YES,     false",
        "DESKTOP, NO,      false",
        "SERVER,  NO,      false",
    })
    void isUnencryptedPortable_onlyForPortablesKnownNotToBeEncrypted(AssetType type, Fact encryption, boolean expected) {
        Asset asset = new Asset("nav-x-1", NAVARCLES, type, "AJNAV-X1", null, null, null, Management.SUPPORT_BODY,
                null, null, null, null,
                new SecurityFacts(encryption, null, null, null, null, null, null, null));

        assertThat(asset.isUnencryptedPortable()).isEqualTo(expected);
    }

    @Test
    void navarclesLaptop_isAnUnencryptedPortable() {
        assertThat(UNENCRYPTED_LAPTOP.isUnencryptedPortable()).isTrue();
        assertThat(UNENCRYPTED_LAPTOP.securityFacts().mfa()).isEqualTo(Fact.NO);
        assertThat(UNENCRYPTED_LAPTOP.securityFacts().logging()).isEqualTo(Fact.UNKNOWN);
        assertThat(UNENCRYPTED_LAPTOP.product()).isEqualTo(Optional.of("HP ProBook 450 G8"));
    }
}
