// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.enslocal.core.dataset.TestRecords.Dataset;
import io.github.enslocal.core.dataset.TestRecords.Kind;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.core.territory.IneCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentCodecReadTest {

    private static final String MANRESA_PC = """
            {"id": "pc-manresa-01", "owner": "08113", "kind": "DESKTOP", "units": 1}""";

    private final DocumentCodec<Dataset> codec = TestRecords.codec();

    private static String dataset(String things) {
        return "{\"formatVersion\": \"1.0\", \"things\": [" + things + "]}";
    }

    /** Returns a valid laptop of Navarcles, with some fields added or replaced. */
    private static String thing(String id, String fields) {
        StringBuilder json = new StringBuilder("{\"id\": \"").append(id).append('"');
        Map.of("owner", "\"08140\"", "kind", "\"LAPTOP\"", "units", "1").forEach((name, value) -> {
            if (!fields.contains("\"" + name + "\":")) {
                json.append(", \"").append(name).append("\": ").append(value);
            }
        });
        return json.append(fields.isEmpty() ? "" : ", " + fields).append('}').toString();
    }

    private List<Violation> violationsOf(String json) {
        try {
            codec.read(json);
        } catch (InvalidDatasetException e) {
            return e.violations();
        }
        throw new AssertionError("Expected the document to be invalid: " + json);
    }

    private Violation onlyViolationOf(String json) {
        List<Violation> violations = violationsOf(json);
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Test
    void read_validDocument_returnsEveryValue() {
        String json = """
                {
                  "formatVersion": "1.0",
                  "things": [
                    {"id": "srv-bages-01", "owner": "08213", "kind": "SERVER", "units": 2,
                     "label": "Servidor de fitxers", "supportEndsOn": "2026-10-14",
                     "measures": ["op.exp.1", "mp.info.6"], "levels": {"C": "MEDIO", "D": "BAJO"},
                     "parts": [{"name": "disc", "count": 4, "reinforcement": "op.acc.6.r2"}]}
                  ],
                  "others": [
                    {"id": "conveni-2024", "thingId": "srv-bages-01",
                     "period": {"start": "2024-01-01", "end": "2027-12-31"},
                     "reinforcements": ["op.acc.6.r1"], "counts": {"08113": 3}, "reportedAt": "2025-03-14T09:30:00Z"}
                  ]
                }
                """;

        Dataset dataset = codec.read(json);

        TestRecords.Thing server = dataset.things().get(0);
        assertThat(server.owner()).isEqualTo(IneCode.parse("08213"));
        assertThat(server.kind()).isEqualTo(Kind.SERVER);
        assertThat(server.label()).contains("Servidor de fitxers");
        assertThat(server.supportEndsOn()).contains(LocalDate.of(2026, 10, 14));
        assertThat(server.measures()).containsExactly(MeasureId.parse("op.exp.1"), MeasureId.parse("mp.info.6"));
        assertThat(server.levels().level(Dimension.CONFIDENTIALITY)).contains(SecurityLevel.MEDIO);
        assertThat(server.levels().level(Dimension.INTEGRITY)).isEmpty();
        assertThat(server.parts().get(0).reinforcement()).map(Object::toString).contains("op.acc.6.r2");
        assertThat(server.mainPart()).isEmpty();
        assertThat(dataset.others().get(0).period()).map(Object::toString).contains("2024-01-01/2027-12-31");
        assertThat(dataset.others().get(0).counts()).containsEntry(IneCode.parse("08113"), 3);
    }

    @Test
    void read_absentAndNullOptionalsAndLists_giveEmptyValues() {
        Dataset dataset = codec.read(dataset(thing("pc-1", "\"label\": null, \"measures\": null")));

        assertThat(dataset.things().get(0).label()).isEmpty();
        assertThat(dataset.things().get(0).measures()).isEmpty();
        assertThat(dataset.others()).isEmpty();
    }

    @Test
    void read_fromUtf8Stream_keepsCatalanCharacters() throws Exception {
        byte[] json = dataset(thing("pc-1", "\"label\": \"Sala de plens · l'Ajuntament\"")).getBytes(StandardCharsets.UTF_8);

        Dataset dataset = codec.read(new ByteArrayInputStream(json));

        assertThat(dataset.things().get(0).label()).contains("Sala de plens · l'Ajuntament");
    }

    @Test
    void read_malformedJson_givesOneViolationWithLineAndColumn() {
        String json = "{\n  \"formatVersion\": \"1.0\",\n  \"things\": [\n    {\"id\": \"pc-1\" ]\n}";

        Violation violation = onlyViolationOf(json);

        assertThat(violation.code()).isEqualTo("dataset.json.malformed");
        assertThat(violation.position()).contains(new Violation.Position(4, 19));
        assertThat(violation.message()).startsWith("the document is not well-formed JSON: Unexpected close marker ']'")
                .doesNotContain("Source");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                      | $ | dataset.json.empty",
        "'[]'                    | $ | dataset.json.expected.object",
        "'{\"things\": []}'      | $.formatVersion | dataset.formatVersion.missing",
        "'{\"formatVersion\": \"2.0\"}' | $.formatVersion | dataset.formatVersion.unsupported",
        "'{\"formatVersion\": 1}' | $.formatVersion | dataset.formatVersion.unsupported",
        "'{\"formatVersion\": \"1.0\"} {}' | $ | dataset.json.malformed",
    })
    void read_documentWithoutUsableRoot_stopsAtFirstViolation(String json, String path, String code) {
        Violation violation = onlyViolationOf(json);

        assertThat(violation).extracting(Violation::path, Violation::code).containsExactly(path, code);
    }

    @Test
    void read_unsupportedVersion_listsSupportedVersions() {
        Violation violation = onlyViolationOf("{\"formatVersion\": \"2.0\", \"things\": [{\"bad\": 1}]}");

        assertThat(violation.message()).isEqualTo("the format version is not supported; supported versions: 1.0");
        assertThat(violation.rejectedValue()).contains("'2.0'");
    }

    @Test
    void read_duplicateKey_isRejectedAtItsPath() {
        String json = dataset("{\"id\": \"pc-1\", \"owner\": \"08113\",\n \"id\": \"pc-2\"}");

        Violation violation = onlyViolationOf(json);

        assertThat(violation.path()).isEqualTo("$.things[0].id");
        assertThat(violation.code()).isEqualTo("dataset.json.duplicateKey");
        assertThat(violation.message()).isEqualTo("the key \"id\" appears more than once in the same object");
        assertThat(violation.position()).map(Violation.Position::line).contains(2L);
    }

    @Test
    void read_unknownProperties_areRejectedAtTheirPaths() {
        String json = "{\"formatVersion\": \"1.0\", \"extra\": true, \"things\": [" + thing("pc-1", "\"colour\": \"blue\"") + "]}";

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("$.extra", "dataset.json.unknownProperty"),
                tuple("$.things[0].colour", "dataset.json.unknownProperty"));
        assertThat(violationsOf(json).get(0).message())
                .isEqualTo("unknown property \"extra\"; the known ones are formatVersion, others, things");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"owner\": \"8113\"      | $.things[0].owner | dataset.json.invalidValue | invalid value: Invalid INE code '8113', expected 5 digits with a province from 01 to 52, e.g. '08113'",
        "\"owner\": 8113          | $.things[0].owner | dataset.json.expected.string | must be a JSON string",
        "\"measures\": [\"op.x\"] | $.things[0].measures[0] | dataset.json.invalidValue | invalid value: Invalid measure id 'op.x', expected e.g. 'op.acc.1' or 'org.1'",
        "\"measures\": \"op.exp.1\" | $.things[0].measures | dataset.json.expected.array | must be a JSON array",
        "\"kind\": \"desktop\"    | $.things[0].kind | dataset.json.invalidEnum | invalid value; expected one of DESKTOP, LAPTOP, SERVER",
        "\"kind\": 0              | $.things[0].kind | dataset.json.invalidEnum | invalid value; expected one of DESKTOP, LAPTOP, SERVER",
        "\"units\": \"3\"         | $.things[0].units | dataset.json.expected.integer | must be a whole JSON number",
        "\"units\": 1.5           | $.things[0].units | dataset.json.expected.integer | must be a whole JSON number",
        "\"units\": 99999999999   | $.things[0].units | dataset.json.numberOutOfRange | the number is out of range",
        "\"units\": null          | $.things[0].units | dataset.json.required | is required",
        "\"label\": 7             | $.things[0].label | dataset.json.expected.string | must be a JSON string",
        "\"supportEndsOn\": \"2025-02-30\" | $.things[0].supportEndsOn | dataset.json.invalidTemporal | invalid date or time; expected ISO-8601, e.g. 2025-03-14",
        "\"supportEndsOn\": \"14/03/2025\" | $.things[0].supportEndsOn | dataset.json.invalidTemporal | invalid date or time; expected ISO-8601, e.g. 2025-03-14",
        "\"levels\": {\"X\": \"BAJO\"} | $.things[0].levels.X | dataset.json.invalidValue | invalid value: Invalid dimension 'X', expected one of C, I, T, A, D",
        "\"levels\": {\"C\": \"bajo\"} | $.things[0].levels.C | dataset.json.invalidEnum | invalid value; expected one of BAJO, MEDIO, ALTO",
        "\"levels\": \"C=BAJO\"   | $.things[0].levels | dataset.json.expected.object | must be a JSON object",
        "\"parts\": [{\"name\": \"disc\", \"count\": 1, \"reinforcement\": \"op.acc.6\"}] | $.things[0].parts[0].reinforcement | dataset.json.invalidValue | invalid value: Invalid reinforcement id 'op.acc.6', expected e.g. 'op.acc.6.r2'",
    })
    void read_badValue_givesViolationAtItsPath(String field, String path, String code, String message) {
        Violation violation = onlyViolationOf(dataset(thing("pc-1", field)));

        assertThat(violation).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(path, code, message);
    }

    @Test
    void read_missingPrimitive_isRequired() {
        Violation violation = onlyViolationOf(dataset("{\"id\": \"pc-1\", \"owner\": \"08113\", \"kind\": \"LAPTOP\"}"));

        assertThat(violation).extracting(Violation::path, Violation::code)
                .containsExactly("$.things[0].units", "dataset.json.required");
    }

    @Test
    void read_valueTypeRejectedInsideRecordConstructor_givesItsMessage() {
        String json = "{\"formatVersion\": \"1.0\", \"others\": [{\"id\": \"c\", \"thingId\": \"t\","
                + " \"period\": {\"start\": \"2024-01-01\", \"end\": \"2023-12-31\"}}]}";

        Violation violation = onlyViolationOf(json);

        assertThat(violation.path()).isEqualTo("$.others[0].period");
        assertThat(violation.message())
                .isEqualTo("invalid value: Invalid date range '2024-01-01/2023-12-31': the end is before the start");
    }

    @Test
    void read_nullListElement_isRejected() {
        assertThat(onlyViolationOf(dataset(MANRESA_PC + ", null")))
                .extracting(Violation::path, Violation::code)
                .containsExactly("$.things[1]", "dataset.json.nullElement");
    }

    @Test
    void read_constraintViolations_reportJsonPathsThroughListsAndOptionals() {
        String json = dataset(thing("", "\"label\": \"" + "x".repeat(41) + "\","
                + " \"parts\": [{\"name\": \"disc\", \"count\": 1}, {\"name\": \" \", \"count\": 0}],"
                + " \"mainPart\": {\"name\": \"\", \"count\": 2}"));

        assertThat(violationsOf(json)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("$.things[0].id", "jakarta.validation.constraints.NotBlank.message"),
                tuple("$.things[0].label", "jakarta.validation.constraints.Size.message"),
                tuple("$.things[0].mainPart.name", "jakarta.validation.constraints.NotBlank.message"),
                tuple("$.things[0].parts[1].count", "jakarta.validation.constraints.Positive.message"),
                tuple("$.things[0].parts[1].name", "jakarta.validation.constraints.NotBlank.message"));
    }

    @Test
    void read_constraintViolation_carriesArgumentsAndRejectedValue() {
        String label = "x".repeat(41);

        Violation violation = onlyViolationOf(dataset(thing("pc-1", "\"label\": \"" + label + "\"")));

        assertThat(violation.arguments()).isEqualTo(Map.of("min", "0", "max", "40"));
        assertThat(violation.message()).isEqualTo("size must be between 0 and 40");
        assertThat(violation.rejectedValue()).contains("'" + label + "'");
    }

    @Test
    void read_nullInNestedList_isReportedAtItsIndex() {
        assertThat(violationsOf(dataset(thing("pc-1", "\"measures\": [\"op.exp.1\", null]"))))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("$.things[0].measures[1]", "dataset.json.nullElement"));
    }

    @Test
    void read_tenDistinctErrorsInDifferentElements_reportsExactlyThoseTen() {
        String json = dataset(String.join(",\n",
                thing("pc-01", "\"owner\": \"99113\""),
                thing("pc-02", "\"kind\": \"TABLET\""),
                thing("pc-03", "\"measures\": [\"op.exp\"]"),
                thing("pc-04", "\"supportEndsOn\": \"2025-13-01\""),
                thing("pc-05", "\"units\": -1"),
                thing("", ""),
                thing("pc-07", "\"colour\": \"grey\""),
                thing("pc-08", "\"levels\": {\"C\": \"MOLT ALT\"}"),
                thing("pc-09", "\"parts\": [{\"name\": \"\", \"count\": 1}]"),
                thing("pc-10", "\"units\": true")));

        List<Violation> violations = violationsOf(json);

        assertThat(violations).extracting(Violation::path, Violation::code).containsExactly(
                tuple("$.things[0].owner", "dataset.json.invalidValue"),
                tuple("$.things[1].kind", "dataset.json.invalidEnum"),
                tuple("$.things[2].measures[0]", "dataset.json.invalidValue"),
                tuple("$.things[3].supportEndsOn", "dataset.json.invalidTemporal"),
                tuple("$.things[4].units", "jakarta.validation.constraints.PositiveOrZero.message"),
                tuple("$.things[5].id", "jakarta.validation.constraints.NotBlank.message"),
                tuple("$.things[6].colour", "dataset.json.unknownProperty"),
                tuple("$.things[7].levels.C", "dataset.json.invalidEnum"),
                tuple("$.things[8].parts[0].name", "jakarta.validation.constraints.NotBlank.message"),
                tuple("$.things[9].units", "dataset.json.expected.integer"));
    }

    /**
     * Elements are read straight from the parser: after a value that does not map, the rest of its
     * element (nested objects and arrays included) is skipped and the next elements are still read.
     */
    @Test
    void read_elementFailingMidway_skipsItsRestAndReadsTheNext() {
        String json = dataset(String.join(",\n",
                thing("pc-1", "\"levels\": {\"C\": \"MOLT ALT\", \"I\": \"BAJO\"},"
                        + " \"parts\": [{\"name\": \"disc\", \"count\": 1, \"reinforcement\": \"op.acc.6.r1\"}]"),
                "[{\"id\": \"pc-x\"}, [1, [2, {\"units\": 3}]]]",
                thing("pc-3", "\"kind\": \"TABLET\""),
                thing("pc-4", ""),
                thing("pc-5", "\"units\": true")));

        List<Violation> violations = violationsOf(json);

        assertThat(violations).extracting(Violation::path, Violation::code).containsExactly(
                tuple("$.things[0].levels.C", "dataset.json.invalidEnum"),
                tuple("$.things[1]", "dataset.json.expected.object"),
                tuple("$.things[2].kind", "dataset.json.invalidEnum"),
                tuple("$.things[4].units", "dataset.json.expected.integer"));
    }

    @Test
    void read_onThreeThreads_givesTheSameRecordsAndViolations() {
        List<String> things = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            things.add(thing("pc-" + i, i % 7 == 3 ? "\"units\": -1" : i % 11 == 5 ? "\"kind\": \"TABLET\"" : ""));
        }
        String invalid = dataset(String.join(",\n", things));
        String valid = invalid.replace("\"units\": -1", "\"units\": 2")
                .replace("\"kind\": \"TABLET\"", "\"kind\": \"SERVER\"");
        DocumentCodec<Dataset> threaded = TestRecords.codec(DatasetReadOptions.defaults().withParallelism(3));

        List<Violation> violations = violationsOf(invalid);

        assertThat(violations).hasSize(143 + 91 - 13);
        assertThatThrownBy(() -> threaded.read(invalid)).isInstanceOfSatisfying(InvalidDatasetException.class,
                e -> assertThat(e.violations()).isEqualTo(violations));
        assertThat(threaded.read(valid)).isEqualTo(codec.read(valid));
        assertThat(threaded.read(valid).things()).hasSize(1000);
    }

    @Test
    void read_crossEntityRules_reportDuplicateIdsAndUnresolvedReferences() {
        String json = "{\"formatVersion\": \"1.0\", \"things\": [" + thing("pc-1", "") + ", " + thing("pc-1", "")
                + "], \"others\": [{\"id\": \"c-1\", \"thingId\": \"pc-1\"}, {\"id\": \"c-2\", \"thingId\": \"pc-9\"}]}";

        List<Violation> violations = violationsOf(json);

        assertThat(violations).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("$.others[1].thingId", "dataset.reference.unresolved", "refers to nothing in $.things"),
                tuple("$.things[1].id", "dataset.id.duplicate", "the id is already used by $.things[0]"));
        assertThat(violations.get(0).rejectedValue()).contains("'pc-9'");
    }

    @Test
    void read_conversionErrors_skipCrossEntityRulesButKeepConstraintViolations() {
        String json = "{\"formatVersion\": \"1.0\", \"things\": [" + thing("", "") + ", " + thing("pc-2", "\"kind\": \"PHONE\"")
                + "], \"others\": [{\"id\": \"c-1\", \"thingId\": \"pc-9\"}]}";

        assertThat(violationsOf(json)).extracting(Violation::code).containsExactly(
                "jakarta.validation.constraints.NotBlank.message", "dataset.json.invalidEnum");
    }

    @Test
    void read_deeperThanLimit_givesNestingDepthViolation() {
        DocumentCodec<Dataset> shallow = TestRecords.codec(DatasetReadOptions.defaults().withMaxNestingDepth(4));
        String json = dataset(thing("pc-1", "\"parts\": [{\"name\": \"disc\", \"count\": 1, \"x\": {\"y\": 1}}]"));

        assertThatThrownBy(() -> shallow.read(json)).isInstanceOfSatisfying(InvalidDatasetException.class, e ->
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("dataset.json.limit.nestingDepth");
                    assertThat(v.message()).isEqualTo(
                            "the document nests objects and arrays deeper than the limit of 4");
                }));
    }

    @Test
    void read_longerThanDocumentLimit_givesDocumentLengthViolation() {
        DocumentCodec<Dataset> small = TestRecords.codec(DatasetReadOptions.defaults().withMaxDocumentLength(100));
        String json = dataset(String.join(",", thing("pc-1", ""), thing("pc-2", ""), thing("pc-3", "")));

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.violations())
                        .singleElement().extracting(Violation::code, Violation::message)
                        .containsExactly("dataset.json.limit.documentLength",
                                "the document is longer than the limit of 100"));
    }

    @Test
    void read_longerStringThanLimit_givesStringLengthViolationWithoutTheString() {
        DocumentCodec<Dataset> strict = TestRecords.codec(DatasetReadOptions.defaults().withMaxStringLength(1000));
        String json = dataset(thing("pc-1", "\"label\": \"" + "x".repeat(5000) + "\""));

        assertThatThrownBy(() -> strict.read(json)).isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
            assertThat(e.violations()).singleElement().extracting(Violation::code)
                    .isEqualTo("dataset.json.limit.stringLength");
            assertThat(e.getMessage()).hasSizeLessThan(500);
        });
    }

    @Test
    void read_longerNumberThanLimit_givesNumberLengthViolation() {
        DocumentCodec<Dataset> strict = TestRecords.codec(DatasetReadOptions.defaults().withMaxNumberLength(10));

        assertThatThrownBy(() -> strict.read(dataset(thing("pc-1", "\"extra\": 1" + "0".repeat(20)))))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.violations())
                        .singleElement().extracting(Violation::code).isEqualTo("dataset.json.limit.numberLength"));
    }

    @Test
    void read_defaultLimits_acceptDeepEnoughDocuments() {
        assertThat(codec.read(dataset(thing("pc-1", "\"parts\": [{\"name\": \"disc\", \"count\": 1}]"))).things())
                .hasSize(1);
    }

    @Test
    void read_exceptionMessage_isInTheChosenLanguage() {
        DocumentCodec<Dataset> catalan = TestRecords.codec(
                DatasetReadOptions.defaults().withMessageLocale(Locale.forLanguageTag("ca-ES")));

        assertThatThrownBy(() -> catalan.read(dataset(thing("", ""))))
                .hasMessage("El conjunt de dades no és vàlid: 1 infracció\n"
                        + "  $.things[0].id: no pot estar en blanc (rebutjat '')");
    }

    @Test
    void read_typeInformationInDocument_isNeverUsedToChooseAClass() {
        String json = dataset(thing("pc-1", "\"@class\": \"java.lang.ProcessBuilder\""));

        assertThat(onlyViolationOf(json)).extracting(Violation::path, Violation::code)
                .containsExactly("$.things[0]['@class']", "dataset.json.unknownProperty");
    }

    @Test
    void read_resultLists_areUnmodifiable() {
        Dataset dataset = codec.read(dataset(MANRESA_PC));

        assertThat(dataset.things()).asInstanceOf(InstanceOfAssertFactories.LIST)
                .satisfies(list -> assertThatThrownBy(() -> list.add(null))
                        .isInstanceOf(UnsupportedOperationException.class));
        assertThat(Optional.of(dataset.things().get(0).owner())).contains(IneCode.parse("08113"));
    }
}
