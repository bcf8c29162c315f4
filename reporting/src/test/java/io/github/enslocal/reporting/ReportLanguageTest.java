// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportLanguageTest {

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void fromTag_tagOfEachLanguage_roundTrips(ReportLanguage language) {
        assertThat(ReportLanguage.fromTag(language.tag())).isSameAs(language);
        assertThat(ReportLanguage.fromTag(language.tag().toUpperCase(Locale.ROOT))).isSameAs(language);
        assertThat(language.locale().getLanguage()).isEqualTo(language.tag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fr", "ca-ES-valencia", "català"})
    void fromTag_unsupportedTag_throwsNamingIt(String tag) {
        assertThatThrownBy(() -> ReportLanguage.fromTag(tag))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unsupported report language '" + tag + "', expected one of 'ca', 'es', 'en'");
    }
}
