// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.enslocal.reporting.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsoleTextTest {

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void everyLanguage_hasTheKeysOfEnglish(ReportLanguage language) {
        assertThat(ConsoleText.of(language).keys()).isEqualTo(ConsoleText.of(ReportLanguage.EN).keys()).isNotEmpty();
    }

    @Test
    void format_replacesPlaceholdersLiterally_keepingCatalanApostrophes() {
        assertThat(ConsoleText.of(ReportLanguage.CA).format("progress.evaluating", 23, "2025-12-31"))
                .isEqualTo("Avaluant 23 sistemes d'informació a 2025-12-31...");
    }

    @Test
    void format_ofAnUnknownKey_failsNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> ConsoleText.of(ReportLanguage.ES).format("summary.nope"))
                .withMessage("No console text 'summary.nope' in ES, expected a key of console_es.properties,"
                        + " e.g. 'summary.openFirst'");
    }
}
