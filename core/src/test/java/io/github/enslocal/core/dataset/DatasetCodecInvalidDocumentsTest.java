// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid documents derived from the example dataset, each with the violation it must give. */
class DatasetCodecInvalidDocumentsTest {

    private final DatasetCodec codec = DatasetCodec.create();

    private static List<Violation> violationsOf(DatasetCodec codec, String json) {
        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(json));
        assertThat(exception).as("the document should be invalid").isNotNull();
        return exception.violations();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                // references
                Arguments.of("/incidents/0/municipality", "\"08113\"",
                        "$.incidents[0].municipality", "refers to nothing in $.municipalities"),
                Arguments.of("/incidents/0/affectedAssetIds/0", "\"nav-prn-99\"",
                        "$.incidents[0].affectedAssetIds[0]", "refers to nothing in $.assets"),
                Arguments.of("/assets/0/owner", "\"08113\"", "$.assets[0].owner", "refers to nothing in $.municipalities"),
                Arguments.of("/systems/0/owner/municipality", "\"08113\"",
                        "$.systems[0].owner.municipality", "refers to nothing in $.municipalities"),
                Arguments.of("/systems/0/owner", "{\"supportBody\": \"cc-anoia\"}",
                        "$.systems[0].owner.supportBody", "refers to nothing in $.supportBodies"),
                Arguments.of("/systems/0/assetIds/-", "\"nav-srv-99\"",
                        "$.systems[0].assetIds", "refers to nothing in $.assets"),
                Arguments.of("/assessments/0/systemId", "\"sys-manresa\"",
                        "$.assessments[0].systemId", "refers to nothing in $.systems"),
                Arguments.of("/plans/0/systemId", "\"sys-manresa\"", "$.plans[0].systemId", "refers to nothing in $.systems"),
                Arguments.of("/conventions/0/supportBodyId", "\"cc-anoia\"",
                        "$.conventions[0].supportBodyId", "refers to nothing in $.supportBodies"),
                Arguments.of("/conventions/0/adhesions/0/municipality", "\"08113\"",
                        "$.conventions[0].adhesions[0].municipality", "refers to nothing in $.municipalities"),
                Arguments.of("/trainingSessions/0/municipalities/-", "\"08113\"",
                        "$.trainingSessions[0].municipalities", "refers to nothing in $.municipalities"),
                Arguments.of("/supportBodies/0/municipalities/-", "\"08113\"",
                        "$.supportBodies[0].municipalities", "refers to nothing in $.municipalities"),
                // unique ids
                Arguments.of("/assets/-", "@/assets/0", "$.assets[7].id", "the id is already used by $.assets[0]"),
                Arguments.of("/municipalities/-", "@/municipalities/0",
                        "$.municipalities[3].code", "the id is already used by $.municipalities[0]"),
                Arguments.of("/incidents/-", "@/incidents/0", "$.incidents[12].id", "the id is already used by $.incidents[0]"),
                Arguments.of("/plans/0/actions/1/id", "\"A1\"",
                        "$.plans[0].actions[1].id", "the id is already used by $.plans[0].actions[0]"),
                Arguments.of("/conventions/0/expenses/1/id", "\"DESP-2024-01\"",
                        "$.conventions[0].expenses[1].id", "the id is already used by $.conventions[0].expenses[0]"),
                Arguments.of("/assessments/-", "@/assessments/0", "$.assessments[6].measure",
                        "the measure of system \"sys-nav-eadmin\" is already assessed at $.assessments[0]"),
                // security classification
                Arguments.of("/incidents/5/security/typeId", "\"PESCA\"", "$.incidents[5].security.typeId",
                        "is not an incident type of the CCN-STIC 817 taxonomy, e.g. PHISHING"),
                Arguments.of("/incidents/5/security/manualDanger", "\"MEDIO\"", "$.incidents[5].security.manualDanger",
                        "must not be below ALTO, the default danger of type PHISHING; a manual level may only raise it"),
                // incident history
                Arguments.of("/incidents/0/history/0/status", "\"ASSIGNED\"",
                        "$.incidents[0].history[0].status", "the first change must be to NEW"),
                Arguments.of("/incidents/0/history/0/at", "\"2025-01-13T08:00:00Z\"", "$.incidents[0].history[0].at",
                        "the first change must be at the opening instant 2025-01-13T08:05:00Z"),
                Arguments.of("/incidents/0/history/2/at", "\"2025-01-13T08:10:00Z\"", "$.incidents[0].history[2].at",
                        "the change is before the one preceding it, at 2025-01-13T08:20:00Z"),
                Arguments.of("/incidents/0/history/4/status", "\"NEW\"", "$.incidents[0].history[4].status",
                        "the lifecycle does not allow a move from RESOLVED; allowed: IN_PROGRESS, CLOSED, CANCELLED"),
                Arguments.of("/incidents/9/history/-", "{\"at\": \"2025-05-07T09:00:00Z\", \"status\": \"IN_PROGRESS\"}",
                        "$.incidents[9].history[2].status", "no change may follow CANCELLED, which ends the lifecycle"),
                // conventions (Ley 40/2015 art. 49.h as the DESIGN reads it)
                Arguments.of("/conventions/0/validity/end", "\"2028-12-31\"", "$.conventions[0].validity",
                        "the initial validity lasts more than 4 years, the most Ley 40/2015 art. 49.h allows"),
                Arguments.of("/conventions/0/extensions", "[{\"agreedOn\": \"2028-01-15\", \"newEnd\": \"2029-12-31\"}]",
                        "$.conventions[0].extensions",
                        "an extension was agreed after the convention had ended, so it cannot extend it"),
                Arguments.of("/conventions/0/extensions", "[{\"agreedOn\": \"2027-06-01\", \"newEnd\": \"2027-06-30\"}]",
                        "$.conventions[0].extensions", "an extension does not move the end of the convention later"),
                Arguments.of("/conventions/0/extensions", "[{\"agreedOn\": \"2027-06-01\", \"newEnd\": \"2032-06-30\"}]",
                        "$.conventions[0].extensions", "the extensions run the convention to 2032-06-30, more than 4 years"
                                + " after its initial end 2027-12-31 (Ley 40/2015 art. 49.h)"),
                Arguments.of("/conventions/0/adhesions/2/leftOn", "\"2024-04-15\"", "$.conventions[0].adhesions[2].leftOn",
                        "must be after the day the municipality adhered, 2024-04-15"),
                // dates and the records' own rules
                Arguments.of("/assets/0/endOfSupport", "\"2020-01-01\"", "$.assets[0].endOfSupport",
                        "must not be before the acquisition date 2021-03-15"),
                Arguments.of("/plans/0/actions/0/doneDate", "\"2025-05-01\"", "$.plans[0].actions[0].doneDateOnlyIfDone",
                        "a done date is allowed only when the status is DONE"),
                Arguments.of("/assessments/0/reinforcements", "[\"op.acc.6.r1\"]", "$.assessments[0].onlyOwnReinforcements",
                        "every reinforcement must belong to the assessed measure"),
                Arguments.of("/assessments/3/exclusion", "{\"justification\": \"Sense segon emplaçament.\"}",
                        "$.assessments[3].bothExclusionAndCompensation",
                        "a measure cannot be both excluded and compensated"),
                Arguments.of("/systems/0/owner/supportBody", "\"cc-bages\"", "$.systems[0].owner.exactlyOneParty",
                        "must name either a municipality or a support body, not both or neither"),
                Arguments.of("/municipalities/0/comarca", "\"  \"", "$.municipalities[0].comarca", "must not be blank"),
                // value types and enums
                Arguments.of("/assessments/0/measure", "\"org\"", "$.assessments[0].measure",
                        "invalid value: Invalid measure id 'org', expected e.g. 'op.acc.1' or 'org.1'"),
                Arguments.of("/conventions/0/maximumAmount", "\"180000,00\"", "$.conventions[0].maximumAmount",
                        "invalid value: Invalid amount '180000,00', expected euros with a point and at most 2 decimals,"
                                + " e.g. '1234.56'"),
                Arguments.of("/slaPolicy/calendar/weeklyHours/MONDAY/0", "\"15:00-08:00\"",
                        "$.slaPolicy.calendar.weeklyHours.MONDAY[0]",
                        "invalid value: Invalid working hours 15:00-08:00: the end must be after the start, e.g. '08:00-15:00'"),
                Arguments.of("/slaPolicy/targets/HIGH/firstResponse", "\"4 hours\"", "$.slaPolicy.targets.HIGH.firstResponse",
                        "invalid duration; expected ISO-8601, e.g. PT4H"),
                Arguments.of("/incidents/0/priority", "\"URGENT\"", "$.incidents[0].priority",
                        "invalid value; expected one of CRITICAL, HIGH, MEDIUM, LOW"));
    }

    @ParameterizedTest(name = "{0} := {1} gives {2}")
    @MethodSource("invalidDocuments")
    void read_invalidDocument_reportsTheViolationAtItsPath(String pointer, String value, String path, String message) {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, value));

        assertThat(violationsOf(codec, json))
                .extracting(Violation::path, Violation::message)
                .contains(tuple(path, message));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ca | /incidents/0/municipality | "08113" | $.incidents[0].municipality | no fa referència a res de $.municipalities
            es | /incidents/0/municipality | "08113" | $.incidents[0].municipality | no hace referencia a nada de $.municipalities
            ca | /assets/0/endOfSupport | "2020-01-01" | $.assets[0].endOfSupport | no pot ser anterior a la data d'adquisició, 2021-03-15
            es | /incidents/5/security/typeId | "PESCA" | $.incidents[5].security.typeId | no es ningún tipo de incidente de la taxonomía CCN-STIC 817, p. ej. PHISHING
            ca | /plans/0/actions/0/doneDate | "2025-05-01" | $.plans[0].actions[0].doneDateOnlyIfDone | només s'admet una data de finalització si l'estat és DONE
            es | /systems/0/owner/supportBody | "cc-bages" | $.systems[0].owner.exactlyOneParty | debe indicar o bien un municipio o bien un ente de apoyo, no ambos ni ninguno
            """)
    void read_invalidDocument_reportsTheMessageInTheChosenLanguage(String language, String pointer, String value,
            String path, String message) {
        DatasetCodec localised = DatasetCodec.create(DatasetReadOptions.defaults().withMessageLocale(new Locale(language)));
        String json = ExampleMutation.apply(new ExampleMutation(pointer, value));

        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class, () -> localised.read(json));

        assertThat(exception.violations()).extracting(Violation::path, v -> v.message(new Locale(language)))
                .contains(tuple(path, message));
        assertThat(exception.getMessage()).contains(path + ": " + message);
    }

    @Test
    void read_tenDistinctErrors_reportsAllTenInOneException() {
        String json = ExampleMutation.apply(
                new ExampleMutation("/incidents/0/municipality", "\"08113\""),
                new ExampleMutation("/assets/0/endOfSupport", "\"2020-01-01\""),
                new ExampleMutation("/assessments/0/systemId", "\"sys-manresa\""),
                new ExampleMutation("/conventions/0/supportBodyId", "\"cc-anoia\""),
                new ExampleMutation("/incidents/5/security/typeId", "\"PESCA\""),
                new ExampleMutation("/incidents/1/history/0/status", "\"ASSIGNED\""),
                new ExampleMutation("/conventions/0/validity/end", "\"2028-12-31\""),
                new ExampleMutation("/municipalities/0/comarca", "\"  \""),
                new ExampleMutation("/incidents/2/summary", "\" \""),
                new ExampleMutation("/trainingSessions/0/attendeeCount", "0"));

        List<Violation> violations = violationsOf(codec, json);

        assertThat(violations).extracting(Violation::path).containsExactly(
                "$.assessments[0].systemId",
                "$.assets[0].endOfSupport",
                "$.conventions[0].supportBodyId",
                "$.conventions[0].validity",
                "$.incidents[0].municipality",
                "$.incidents[1].history[0].status",
                "$.incidents[2].summary",
                "$.incidents[5].security.typeId",
                "$.municipalities[0].comarca",
                "$.trainingSessions[0].attendeeCount");
    }

    @Test
    void read_elementThatFailsToConvert_stillReportsDuplicateIdsButNotReferences() {
        String json = ExampleMutation.apply(
                new ExampleMutation("/incidents/2/priority", "\"URGENT\""),
                new ExampleMutation("/assets/-", "@/assets/0"),
                new ExampleMutation("/incidents/0/municipality", "\"08113\""));

        assertThat(violationsOf(codec, json)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("$.assets[7].id", "dataset.id.duplicate"),
                tuple("$.incidents[2].priority", "dataset.json.invalidEnum"));
    }

    @Test
    void read_malformedJson_reportsLineAndColumn() {
        String json = "{\n  \"formatVersion\": \"1.0\",\n  \"assets\": [\n    {\"id\": }\n  ]\n}\n";

        List<Violation> violations = violationsOf(codec, json);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("dataset.json.malformed");
            assertThat(violation.position()).contains(new Violation.Position(4, 12));
        });
    }

    @Test
    void read_invalidDocument_exceptionCarriesNoPartOfTheDataset() {
        String json = ExampleMutation.apply(new ExampleMutation("/incidents/0/municipality", "\"08113\""));

        InvalidDatasetException exception = catchThrowableOfType(InvalidDatasetException.class, () -> codec.read(json));

        assertThat(exception.getCause()).isNull();
        assertThat(exception.getSuppressed()).isEmpty();
        for (Class<?> type = exception.getClass(); type != Throwable.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                assertThat(field.getType()).as(field.getName()).isIn(List.class, java.util.Locale.class, long.class, int.class);
            }
        }
        assertThat(exception.violations()).flatExtracting(v -> v.rejectedValue().stream().toList())
                .allSatisfy(text -> assertThat(text).doesNotContain("Incident["));
    }

    @Test
    void validate_datasetBuiltInCode_returnsTheViolationsWithTheirPaths() {
        Dataset example = ExampleDataset.dataset();
        List<io.github.enslocal.core.asset.Asset> assets = new ArrayList<>(example.assets());
        assets.remove(0);
        Dataset withoutFirstAsset = new Dataset(example.formatVersion(), example.title(), example.notice(),
                example.supportBodies(), example.municipalities(), example.conventions(), example.incidents(), assets,
                example.systems(), example.assessments(), example.plans(), example.trainingSessions(),
                example.slaPolicy());

        assertThat(codec.validate(withoutFirstAsset)).extracting(Violation::path).containsExactly(
                "$.incidents[5].affectedAssetIds[0]", "$.systems[0].assetIds");
        assertThatThrownBy(() -> codec.requireValid(withoutFirstAsset)).isInstanceOf(InvalidDatasetException.class);
        assertThat(codec.validate(example)).isEmpty();
        assertThat(codec.requireValid(example)).isSameAs(example);
    }
}
