// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.FindingTexts;
import io.github.enslocal.ens.spi.Quantity;
import io.github.enslocal.ens.spi.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Findings are codes with typed arguments, rendered in the reader's language from the catalogue. */
class FindingTextsTest {

    private static final Locale CATALAN = Locale.forLanguageTag("ca");
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private static Finding unencrypted(int laptops) {
        return new Finding("portable-device-encryption", Optional.of(MeasureId.parse("mp.eq.3")),
                Optional.of(ReinforcementId.parse("mp.eq.3.r1")), FindingGrade.MAJOR, "encryption.missing",
                Map.of("assets", new Quantity(laptops, "laptop")), List.of(Subject.asset("nav-lap-01")),
                FindingTexts.builtIn());
    }

    @Test
    void message_isRenderedInEachLanguageWithTheRightNounForTheCount() {
        assertThat(unencrypted(2).message(Locale.ENGLISH)).isEqualTo("2 laptops without disk encryption");
        assertThat(unencrypted(1).message(Locale.ENGLISH)).isEqualTo("1 laptop without disk encryption");
        assertThat(unencrypted(2).message(CATALAN)).isEqualTo("2 portàtils sense xifratge de disc");
        assertThat(unencrypted(1).message(SPANISH)).isEqualTo("1 portátil sin cifrado del disco");
    }

    @Test
    void describe_namesThePartAndTheGradeInTheLanguage() {
        assertThat(unencrypted(1).describe()).isEqualTo(
                "MAJOR mp.eq.3 R1 [portable-device-encryption]: 1 laptop without disk encryption (nav-lap-01)");
        assertThat(unencrypted(1).describe(CATALAN)).isEqualTo(
                "NO CONFORMITAT MAJOR mp.eq.3 R1 [portable-device-encryption]: 1 portàtil sense xifratge de disc"
                        + " (nav-lap-01)");
    }

    @Test
    void datesAndNumbers_followTheLanguage() {
        Finding stale = Finding.of("risk-analysis", MeasureId.parse("op.pl.1"), FindingGrade.MINOR, "risk.stale",
                Map.of("date", LocalDate.of(2025, 3, 7), "maxAgeMonths", 12345), List.of(), FindingTexts.builtIn());

        assertThat(stale.message(Locale.ENGLISH)).isEqualTo("the risk analysis of 7 March 2025 is older than 12,345 months");
        assertThat(stale.message(CATALAN)).isEqualTo("l'anàlisi de riscos del 07/03/2025 té més de 12.345 mesos");
        assertThat(stale.message(SPANISH)).isEqualTo("el análisis de riesgos del 07/03/2025 tiene más de 12.345 meses");
        assertThat(stale.message(Locale.FRENCH)).isEqualTo(stale.message(Locale.ENGLISH));
    }

    @Test
    void hostTexts_areUsedAndFallBackToEnglishThenToTheCode() {
        FindingTexts host = (code, locale) -> !code.equals("named.post") ? Optional.empty()
                : switch (locale.getLanguage()) {
                    case "en" -> Optional.of("{servers} named after a post");
                    case "ca" -> Optional.of("{servers} amb el nom d'un càrrec");
                    default -> Optional.empty();
                };
        Finding finding = Finding.of("named-server-responsible", MeasureId.parse("op.exp.1"), FindingGrade.MINOR,
                "named.post", Map.of("servers", new Quantity(2, "server")), List.of(), host);

        assertThat(finding.message(CATALAN)).isEqualTo("2 servidors amb el nom d'un càrrec");
        assertThat(finding.message(SPANISH)).isEqualTo("2 servidores named after a post");
        assertThat(Finding.of("r", MeasureId.parse("op.exp.1"), FindingGrade.MINOR, "no.such.code", Map.of(), List.of(),
                (code, locale) -> Optional.empty()).message(CATALAN)).isEqualTo("no.such.code");
    }

    @Test
    void literalMessage_ofAHostRule_readsTheSameInEveryLanguage() {
        Finding finding = Finding.of("host-rule", MeasureId.parse("op.exp.1"), FindingGrade.MINOR, "as written",
                List.of());

        assertThat(finding.code()).isEqualTo("host-rule");
        assertThat(finding.message(CATALAN)).isEqualTo("as written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca", "es"})
    void catalogue_hasTheSameKeysAndPlaceholdersAsEnglish(String tag) throws IOException {
        Properties english = catalogue("en");
        Properties other = catalogue(tag);

        assertThat(other.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key))).as(tag + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(other.getProperty(key)).as(tag + " " + key).isNotBlank();
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties catalogue(String tag) throws IOException {
        Properties properties = new Properties();
        String name = "/io/github/enslocal/ens/internal/text/messages_" + tag + ".properties";
        try (InputStream in = FindingTextsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
