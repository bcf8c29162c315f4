// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bugs found by the bad-input corpus ({@link DatasetCodecBadInputCorpusTest}), one test each. */
class DatasetCodecRegressionTest {

    private final DatasetCodec codec = DatasetCodec.create();

    private List<Violation> violationsOf(String json) {
        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(json));
        assertThat(exception).as("the document should be invalid").isNotNull();
        return exception.violations();
    }

    /** Jackson read a number or a string of digits as epoch seconds and an array as a date. */
    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /incidents/0/openedAt                  | 1736755500           | $.incidents[0].openedAt                  | must be a JSON string
            /incidents/0/openedAt                  | 1736755500.5         | $.incidents[0].openedAt                  | must be a JSON string
            /incidents/0/openedAt                  | "1736755500"         | $.incidents[0].openedAt                  | invalid date or time; expected ISO-8601, e.g. 2025-03-14T09:30:00Z
            /incidents/0/history/1/at              | "-1"                 | $.incidents[0].history[1].at             | invalid date or time; expected ISO-8601, e.g. 2025-03-14T09:30:00Z
            /conventions/0/signedOn                | [2023, 12, 19]       | $.conventions[0].signedOn                | must be a JSON string
            /slaPolicy/calendar/holidays/0         | [2025, 1, 1]         | $.slaPolicy.calendar.holidays[0]         | must be a JSON string
            /slaPolicy/targets/HIGH/firstResponse  | 3600                 | $.slaPolicy.targets.HIGH.firstResponse   | invalid duration; expected ISO-8601, e.g. PT4H
            /slaPolicy/calendar/zone               | 1                    | $.slaPolicy.calendar.zone                | must be a JSON string
            """)
    void read_timeValueNotAnIsoString_isRejectedInsteadOfReadAsEpochOrArray(String pointer, String value, String path,
            String message) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, value));

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::message).contains(tuple(path, message));
    }

    /** Jackson trimmed an enum's text before looking its constant up. */
    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /incidents/0/priority         | ' LOW'               | $.incidents[0].priority         | invalid value; expected one of CRITICAL, HIGH, MEDIUM, LOW
            /supportBodies/0/kind         | 'CONSELL_COMARCAL '  | $.supportBodies[0].kind         | invalid value; expected one of CONSELL_COMARCAL, DIPUTACIO, CONSORTIUM, OTHER
            /conventions/0/services/0     | '\\tCYBERSECURITY'  | $.conventions[0].services[0]    | invalid value; expected one of
            """)
    void read_enumNameWithSurroundingWhitespace_isRejectedInsteadOfTrimmed(String pointer, String value, String path,
            String message) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, '"' + value + '"'));

        assertThat(violationsOf(json)).filteredOn(violation -> violation.path().equals(path))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.code()).isEqualTo("dataset.json.invalidEnum");
                    assertThat(violation.message()).startsWith(message);
                });
    }

    /** Value types' {@code parse} trims, so a padded id was read and rewritten silently (corpus seed failure). */
    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /municipalities/0/code  | ' 08140'    | $.municipalities[0].code
            /assessments/0/measure  | 'op.exp.1 ' | $.assessments[0].measure
            """)
    void read_valueTypeWithSurroundingWhitespace_isRejectedInsteadOfTrimmed(String pointer, String value,
            String path) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, '"' + value + '"'));

        assertThat(violationsOf(json)).filteredOn(violation -> violation.path().equals(path))
                .singleElement().satisfies(violation -> assertThat(violation.message())
                        .contains("surrounding white space is not allowed, expected '" + value.strip() + "'"));
    }

    /**
     * Jackson decoded overlong forms and code points above U+10FFFF inside strings, and let invalid
     * UTF-32 escape as a {@link java.io.CharConversionException}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            overlong solidus in a value            | c0af
            overlong NUL in a value                | e08080
            code point above U+10FFFF in a value   | f4908080
            UTF-16 surrogate encoded in UTF-8      | eda080
            sequence cut short before the quote    | e282
            """)
    void read_malformedUtf8InsideAString_isRejectedAsMalformed(String description, String hex) throws IOException {
        byte[] json = ExampleDataset.json().getBytes(StandardCharsets.UTF_8);
        int afterQuote = indexOf(json, "\"Consell Comarcal del Bages\"".getBytes(StandardCharsets.UTF_8)) + 1;
        ByteArrayOutputStream spoilt = new ByteArrayOutputStream();
        spoilt.write(json, 0, afterQuote);
        spoilt.write(HexFormat.of().parseHex(hex));
        spoilt.write(json, afterQuote, json.length - afterQuote);

        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class,
                () -> codec.read(new ByteArrayInputStream(spoilt.toByteArray())));

        assertThat(exception).isNotNull();
        assertThat(exception.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("dataset.json.malformed");
            assertThat(violation.position()).map(Violation.Position::line).contains(8L);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-32 code point above U+10FFFF   | 0000007b0011000000000022
            UTF-32 document cut mid-character  | 0000007b000000
            """)
    void read_malformedUtf32_isRejectedAsNotUtf8NotThrownAsIoException(String description, String hex) {
        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class,
                () -> codec.read(new ByteArrayInputStream(HexFormat.of().parseHex(hex))));

        assertThat(exception).isNotNull();
        assertThat(exception.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("$", "dataset.json.encoding"));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not found");
    }
}
