// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Defects found by the outside test campaign of issue 17 in the dataset reader, one test each: a
 * dataset that validates must evaluate and report without error, reading limits must say where
 * they were met, and a file must be judged before it is read.
 */
class DatasetCodecCampaignRegressionTest {

    private final DatasetCodec codec = DatasetCodec.create();

    @TempDir
    Path directory;

    private List<Violation> violationsOf(String json) {
        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(json));
        assertThat(exception).as("the document should be invalid").isNotNull();
        return exception.violations();
    }

    /** A lone surrogate passed validation, then writing a report in UTF-8 failed with "Input length = 1". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/municipalities/0/name", "/incidents/0/summary", "/title", "/notice",
        "/assets/0/location", "/systems/0/name"})
    void read_textWithLoneSurrogate_isRejectedAtItsPath(String pointer) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, "\"Call\\ud800s\""));

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::code)
                .contains(tuple(JsonPaths.ROOT + pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.'),
                        "dataset.value.malformedText"));
    }

    /** A surrogate pair is a character like any other. */
    @Test
    void read_textWithSurrogatePair_isValid() {
        String json = ExampleMutation.apply(new ExampleMutation("/title", "\"Bages \\ud83d\\ude00\""));

        assertThat(codec.read(json).title()).contains("Bages \uD83D\uDE00");
    }

    /** An incident opened in year -999999999 passed validation, then the report failed with a DateTimeException. */
    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /incidents/0/openedAt          | "-999999999-01-01T00:00:00Z" | $.incidents[0].openedAt
            /incidents/0/openedAt          | "1899-12-31T23:59:59Z"       | $.incidents[0].openedAt
            /incidents/0/history/0/at      | "2201-01-01T00:00:00Z"       | $.incidents[0].history[0].at
            /conventions/0/signedOn        | "+999999999-12-31"           | $.conventions[0].signedOn
            /conventions/0/validity/start  | "0001-01-01"                 | $.conventions[0].validity.start
            /assets/0/acquisitionDate      | "1899-12-31"                 | $.assets[0].acquisitionDate
            /slaPolicy/calendar/holidays/0 | "2201-01-01"                 | $.slaPolicy.calendar.holidays
            """)
    void read_dateOutsideTheWindow_isRejectedAtItsPath(String pointer, String value, String path) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, value));

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::code)
                .contains(tuple(path, "dataset.value.dateOutsideWindow"));
    }

    @Test
    void read_datesAtTheEdgesOfTheWindow_areValid() {
        String json = ExampleMutation.apply(new ExampleMutation("/assets/0/acquisitionDate", "\"1900-01-01\""),
                new ExampleMutation("/assets/0/endOfSupport", "\"2200-12-31\""));

        assertThat(codec.validate(codec.read(json))).isEmpty();
    }

    /** A negative amount was accepted silently. */
    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /conventions/0/maximumAmount      | "-0.01"  | $.conventions[0].maximumAmount
            /conventions/0/expenses/0/amount  | "-1500"  | $.conventions[0].expenses[0].amount
            """)
    void read_negativeMoney_isRejected(String pointer, String value, String path) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, value));

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::code)
                .contains(tuple(path, "dataset.value.negativeMoney"));
    }

    /** An SLA target of a billion hours would make the business calendar count for ever. */
    @Test
    void read_durationLongerThanAYear_isRejected() {
        String json = ExampleMutation.apply(new ExampleMutation("/slaPolicy/targets/HIGH/resolution", "\"PT999999999H\""));

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::code)
                .contains(tuple("$.slaPolicy.targets.HIGH.resolution", "dataset.value.durationTooLong"));
    }

    /** The schema and the record said not blank, at most 300 and 2,000 characters; nothing checked it. */
    @ParameterizedTest(name = "{0} := {1} characters")
    @CsvSource(delimiter = '|', textBlock = """
            /title   | '   '  | $.title
            /title   | 301    | $.title
            /notice  | 2001   | $.notice
            """)
    void read_titleOrNoticeBreakingItsConstraint_isRejected(String pointer, String value, String path) {
        String text = value.isBlank() ? value : "x".repeat(Integer.parseInt(value));
        String json = ExampleMutation.apply(new ExampleMutation(pointer, '"' + text + '"'));

        assertThat(violationsOf(json)).extracting(Violation::path).contains(path);
    }

    @Test
    void validate_titleOfADatasetBuiltInCode_isChecked() {
        Dataset dataset = ExampleDataset.dataset();
        Dataset blank = new Dataset(dataset.formatVersion(), java.util.Optional.of(" "), dataset.notice(),
                dataset.supportBodies(), dataset.municipalities(), dataset.conventions(), dataset.incidents(),
                dataset.assets(), dataset.systems(), dataset.assessments(), dataset.plans(), dataset.trainingSessions(),
                dataset.slaPolicy());

        assertThat(codec.validate(blank)).extracting(Violation::path).containsExactly("$.title");
    }

    /** Reading limits were reported at {@code $} with no position, one with Jackson's class names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            deep arrays   | dataset.json.limit.nestingDepth
            long number   | dataset.json.limit.numberLength
            long string   | dataset.json.limit.stringLength
            long key      | dataset.json.limit.nameLength
            """)
    void read_documentBreakingAReadingLimit_saysWhereInTheUsersLanguage(String what, String code) {
        String example = ExampleDataset.json();
        String json = switch (what) {
            case "deep arrays" -> example.replaceFirst("\"notice\":", "\"x\": " + "[".repeat(10_000)
                    + "]".repeat(10_000) + ", \"notice\":");
            case "long number" -> example.replaceFirst("\"effortMinutes\": ", "\"effortMinutes\": " + "1".repeat(400)
                    + ", \"x\": ");
            case "long string" -> example.replaceFirst("\"summary\": \"", "\"summary\": \""
                    + "x".repeat(DatasetReadOptions.DEFAULT_MAX_STRING_LENGTH + 1));
            default -> example.replaceFirst("\"notice\":", "\"" + "k".repeat(2 * 1024 * 1024) + "\": 1, \"notice\":");
        };
        DatasetCodec catalan = DatasetCodec.create(DatasetReadOptions.defaults().withMessageLocale(Locale.forLanguageTag("ca")));

        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class,
                () -> catalan.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        assertThat(thrown.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(code);
            assertThat(violation.position()).isPresent();
            assertThat(violation.describe(Locale.forLanguageTag("ca")))
                    .doesNotContain("StreamReadConstraints", "JsonReadFeature", "`")
                    .contains("límit");
        });
        if (!what.equals("deep arrays") && !what.equals("long key")) {
            assertThat(thrown.violations().get(0).path()).isNotEqualTo(JsonPaths.ROOT);
        }
    }

    /** A non-standard token's message advised enabling a Jackson feature the user cannot reach. */
    @Test
    void read_nonStandardToken_givesNoJacksonAdvice() {
        String json = ExampleDataset.json().replaceFirst("\"effortMinutes\": [0-9]+", "\"effortMinutes\": NaN");

        assertThat(violationsOf(json)).singleElement().satisfies(violation -> assertThat(violation.message())
                .doesNotContain("JsonReadFeature", "`", "enable"));
    }

    /** A 2 GiB file was parsed, and one just over the limit refused only once read whole. */
    @Test
    void read_fileOverTheLimit_isRefusedBeforeReading() throws IOException {
        Path file = directory.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DatasetReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
        }
        // A file of zeros: if it were read, the encoding would be refused instead of its length.
        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(file));

        assertThat(thrown.violations()).extracting(Violation::code).containsExactly("dataset.json.limit.documentLength");
    }

    @Test
    void read_directory_isRefusedNamingIt() {
        assertThatThrownBy(() -> codec.read(directory)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining(directory.toString()).hasMessageContaining("directory");
    }

    /** Opening a named pipe with no writer blocked for ever. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void read_namedPipe_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = directory.resolve("fifo.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> codec.read(fifo)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining(fifo.toString()).hasMessageContaining("not a regular file");
    }

    /** UTF-16 and UTF-32 were decoded silently although the format is UTF-8. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE"})
    void read_documentNotInUtf8_isRefusedNamingItsEncoding(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] bom = encoding.equals("UTF-16LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
        byte[] text = ExampleDataset.json().getBytes(charset);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path file = directory.resolve("dataset.json");
        Files.write(file, bytes);

        InvalidDatasetException thrown = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(file));

        assertThat(thrown.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("dataset.json.encoding");
            assertThat(violation.message()).contains("UTF-").contains("save it as UTF-8");
        });
    }

    /** RFC 8259 lets a reader ignore a UTF-8 byte order mark, as spreadsheet exports write one. */
    @Test
    void read_utf8WithByteOrderMark_isValid() throws IOException {
        byte[] text = ExampleDataset.json().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(codec.read(new ByteArrayInputStream(bytes))).isEqualTo(ExampleDataset.dataset());
    }
}
