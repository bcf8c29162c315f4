// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.reporting.ReportLanguage;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Set<String> placeholders(String label) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(label);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(value = ReportLanguage.class, names = {"ES", "EN"})
    void keys_everyLanguage_hasExactlyTheCatalanKeys(ReportLanguage language) {
        assertThat(Messages.of(language).keys()).isNotEmpty().isEqualTo(Messages.of(ReportLanguage.CA).keys());
    }

    @ParameterizedTest
    @EnumSource(value = ReportLanguage.class, names = {"ES", "EN"})
    void get_everyKey_usesTheSamePlaceholdersAsCatalan(ReportLanguage language) {
        Messages catalan = Messages.of(ReportLanguage.CA);
        for (String key : catalan.keys()) {
            assertThat(placeholders(Messages.of(language).get(key))).as(key)
                    .isEqualTo(placeholders(catalan.get(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void get_everyKey_isNotBlank(ReportLanguage language) {
        Messages messages = Messages.of(language);
        assertThat(messages.keys()).allSatisfy(key -> assertThat(messages.get(key)).isNotBlank());
    }

    @Test
    void get_utf8Label_isReadAsUtf8() {
        assertThat(Messages.of(ReportLanguage.CA).get("document.asOf")).isEqualTo("Data de referència: {0}");
        assertThat(Messages.of(ReportLanguage.ES).get("common.ineCode")).isEqualTo("Código INE");
    }

    @Test
    void get_missingKey_throwsNamingKeyAndLanguage() {
        assertThatThrownBy(() -> Messages.of(ReportLanguage.ES).get("common.nonexistent"))
                .isInstanceOf(MissingResourceException.class)
                .hasMessage("No report label 'common.nonexistent' in language 'es', expected a key such as "
                        + "'common.municipality'");
    }

    @Test
    void format_catalanApostrophes_areKeptLiterally() {
        String footer = Messages.of(ReportLanguage.CA).format("document.footer");

        assertThat(footer).contains("de l'ENS");
    }

    @Test
    void format_placeholder_isReplacedLiterallyEvenWithDollarsAndBraces() {
        String text = Messages.of(ReportLanguage.EN).format("chart.dataTable", "Budget $1 {0}");

        assertThat(text).isEqualTo("The chart's data are shown in the table “Budget $1 {0}”.");
    }

    @Test
    void format_missingArgument_throws() {
        assertThatThrownBy(() -> Messages.of(ReportLanguage.CA).format("document.asOf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Label 'document.asOf' in language 'ca' uses {0} but only 0 arguments were given");
    }
}
