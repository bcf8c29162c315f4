// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.territory.IneCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationTest {

    private static final Violation BLANK_ID = Violation.of("$.things[3].id",
            "jakarta.validation.constraints.NotBlank.message", Map.of()).rejecting("");
    private static final Violation TOO_LONG = Violation.of("$.things[0].label",
            "jakarta.validation.constraints.Size.message", Map.of("min", "0", "max", "40"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en    | size must be between 0 and 40",
        "en-GB | size must be between 0 and 40",
        "es    | el tamaño debe estar entre 0 y 40",
        "es-ES | el tamaño debe estar entre 0 y 40",
        "ca    | la mida ha d'estar entre 0 i 40",
        "ca-ES | la mida ha d'estar entre 0 i 40",
        "fr    | size must be between 0 and 40",
    })
    void message_inEachLanguage_fillsTheArguments(String tag, String expected) {
        assertThat(TOO_LONG.message(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void message_unsupportedLanguage_isEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));

            assertThat(TOO_LONG.message(Locale.GERMAN)).isEqualTo("size must be between 0 and 40");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void message_codeOutsideTheCatalogue_isRenderedAsItStandsWithArguments() {
        Violation custom = Violation.of("$.things[0]", "a convention lasts at most {max} years", Map.of("max", "4"));

        assertThat(custom.message()).isEqualTo("a convention lasts at most 4 years");
    }

    @Test
    void describe_listsPathMessageRejectedValueAndPosition() {
        Violation malformed = new Violation("$.things", "dataset.json.malformed", Map.of("detail", "Unexpected end"),
                Optional.empty(), Optional.of(new Violation.Position(12, 7)));

        assertThat(BLANK_ID.describe(Locale.ENGLISH)).isEqualTo("$.things[3].id: must not be blank (rejected '')");
        assertThat(malformed.describe(Locale.forLanguageTag("es")))
                .isEqualTo("$.things: el documento no es JSON bien formado: Unexpected end [línea 12, columna 7]");
    }

    @Test
    void rejecting_hugeString_keepsAShortEscapedPrefix() {
        Violation violation = BLANK_ID.rejecting("línia 1\nlínia 2\u0000" + "x".repeat(1_000_000));

        assertThat(violation.rejectedValue()).hasValueSatisfying(text -> {
            assertThat(text).hasSize(Violation.MAX_REJECTED_VALUE_LENGTH).startsWith("'línia 1\\nlínia 2\\u0000xx")
                    .endsWith("x…");
        });
    }

    @Test
    void rejecting_valuesOfEachShape_renderBriefly() {
        assertThat(BLANK_ID.rejecting(IneCode.parse("08113")).rejectedValue()).contains("08113");
        assertThat(BLANK_ID.rejecting(List.of(1, 2, 3)).rejectedValue()).contains("<3 elements>");
        assertThat(BLANK_ID.rejecting(Map.of("a", 1)).rejectedValue()).contains("<1 entry>");
        assertThat(BLANK_ID.rejecting(Optional.of("x")).rejectedValue()).contains("'x'");
        assertThat(BLANK_ID.rejecting(new Violation.Position(1, 1)).rejectedValue()).contains("<Position>");
        assertThat(BLANK_ID.rejecting(null).rejectedValue()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "things[0] | code | Invalid JSON path 'things[0]', expected e.g. '$.assets[12].type'",
        "$         | ' '  | Invalid violation code ' ', expected e.g. 'dataset.json.unknownProperty'",
    })
    void constructor_badPathOrCode_isRejected(String path, String code, String message) {
        assertThatThrownBy(() -> Violation.of(path, code, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void exception_sortsByPathWithNumericIndicesThenCode() {
        List<Violation> violations = List.of(
                Violation.of("$.things[10].id", "b", Map.of()),
                Violation.of("$.things[2].owner", "b", Map.of()),
                Violation.of("$.things[2]", "z", Map.of()),
                Violation.of("$.others[0].id", "b", Map.of()),
                Violation.of("$.things[2].owner", "a", Map.of()));

        assertThat(new InvalidDatasetException(violations).violations())
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("$.others[0].id b", "$.things[2] z", "$.things[2].owner a", "$.things[2].owner b",
                        "$.things[10].id b");
    }

    @Test
    void exception_message_listsTheFirstTwentyAndCountsTheRest() {
        List<Violation> violations = IntStream.range(0, 25)
                .mapToObj(i -> Violation.of("$.things[" + i + "].id", "jakarta.validation.constraints.NotBlank.message",
                        Map.of()))
                .toList();

        InvalidDatasetException exception = new InvalidDatasetException(violations);

        assertThat(exception.getMessage().lines()).hasSize(22)
                .startsWith("The dataset is invalid: 25 violations", "  $.things[0].id: must not be blank")
                .endsWith("  $.things[19].id: must not be blank", "  … and 5 more");
        assertThat(exception.getMessage(Locale.forLanguageTag("ca")).lines().findFirst())
                .contains("El conjunt de dades no és vàlid: 25 infraccions");
    }

    @Test
    void exception_withoutViolations_isRejected() {
        assertThatThrownBy(() -> new InvalidDatasetException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An invalid dataset needs at least one violation, got none");
    }

    @Test
    void catalogues_haveTheSameKeysInEveryLanguage() throws IOException {
        Properties english = load("DatasetMessages.properties");

        assertThat(load("DatasetMessages_ca.properties").keySet()).isEqualTo(english.keySet());
        assertThat(load("DatasetMessages_es.properties").keySet()).isEqualTo(english.keySet());
    }

    @Test
    void catalogues_translateEveryJakartaConstraintHibernateValidatorKnows() throws IOException {
        Properties hibernate = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/hibernate/validator/ValidationMessages.properties")) {
            hibernate.load(in);
        }
        List<String> jakartaKeys = hibernate.stringPropertyNames().stream()
                .filter(key -> key.startsWith("jakarta.validation.constraints.")).toList();

        assertThat(jakartaKeys).hasSizeGreaterThan(20);
        assertThat(load("DatasetMessages.properties").stringPropertyNames()).containsAll(jakartaKeys);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ViolationTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
