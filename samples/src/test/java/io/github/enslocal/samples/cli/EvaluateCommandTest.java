// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.EvaluationOptions;
import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.ExampleDataset;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluateCommandTest {

    private static final String EXAMPLE = ExampleDataset.PATH.toString();
    private static final String AS_OF = "2025-12-31";
    private static final String NAVARCLES_SYSTEM = "sys-nav-eadmin";
    private static final String CALLUS_SYSTEM = "sys-cal-eadmin";

    @TempDir
    Path directory;

    @Test
    void onThreeThreads_printsWhatOneThreadPrints() {
        Execution one = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", "json");
        Execution three = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", "json", "--threads", "3");

        assertThat(three.status()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
    }

    @Test
    void json_hasTheDocumentedFieldsInTheirOrder() throws IOException {
        JsonNode root = json("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", "json");
        JsonNode system = root.get("systems").get(0);
        JsonNode measure = system.get("measures").get(0);

        assertThat(root.fieldNames()).toIterable().containsExactly("asOf", "summary", "municipalities", "systems");
        assertThat(root.get("summary").fieldNames()).toIterable().containsExactly("systems", "complianceIndex",
                "maturityIndex", "zone", "statusCounts", "findingCounts");
        assertThat(root.get("municipalities").get(0).fieldNames()).toIterable().containsExactly("code", "name",
                "systems", "complianceIndex", "maturityIndex", "zone", "statusCounts", "findingCounts");
        assertThat(system.fieldNames()).toIterable().containsExactly("id", "name", "municipality", "supportBody",
                "category", "categorization", "complianceIndex", "maturityIndex", "zone", "statusCounts",
                "findingCounts", "systemFindings", "measures");
        assertThat(system.get("complianceIndex").fieldNames()).toIterable()
                .containsExactly("numerator", "denominator", "percentage");
        assertThat(measure.fieldNames()).toIterable().containsExactly("id", "status", "requiredMaturity",
                "declaredMaturity", "missingReinforcements", "unmetOneOf", "findings", "reason");
        assertThat(system.get("systemFindings").get(0).fieldNames()).toIterable()
                .containsExactly("rule", "part", "grade", "code", "arguments", "message", "subjects");
    }

    @Test
    void json_ofTheExample_givesEachSystemItsCategoryIndicesAndZone() throws IOException {
        JsonNode root = json("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", "json");
        JsonNode navarcles = system(root, NAVARCLES_SYSTEM);

        assertThat(root.get("asOf").asText()).isEqualTo(AS_OF);
        assertThat(texts(root.get("systems"), "id")).containsExactly(CALLUS_SYSTEM, NAVARCLES_SYSTEM, "sys-sfb-eadmin");
        assertThat(texts(root.get("municipalities"), "code")).containsExactly("08038", "08140", "08213");
        assertThat(navarcles.get("municipality").asText()).isEqualTo("08140");
        assertThat(navarcles.get("supportBody").isNull()).isTrue();
        assertThat(navarcles.get("category").asText()).isEqualTo("MEDIA");
        assertThat(navarcles.get("complianceIndex").toString())
                .isEqualTo("{\"numerator\":2,\"denominator\":65,\"percentage\":3.1}");
        assertThat(navarcles.get("maturityIndex").toString())
                .isEqualTo("{\"numerator\":10,\"denominator\":325,\"percentage\":3.1}");
        assertThat(navarcles.get("zone").asText()).isEqualTo("RED");
        assertThat(navarcles.get("measures")).hasSize(73);
        assertThat(root.get("summary").get("systems").asInt()).isEqualTo(3);
        assertThat(root.get("summary").get("complianceIndex").get("denominator").asLong())
                .isEqualTo(51 + 65 + 68);
    }

    @Test
    void json_measure_explainsItsStatus() throws IOException {
        JsonNode opAcc6 = measure(system(json("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", "json"),
                NAVARCLES_SYSTEM), "op.acc.6");

        assertThat(opAcc6.get("status").asText()).isEqualTo("PARTIALLY_COMPLIANT");
        assertThat(opAcc6.get("requiredMaturity").asText()).isEqualTo("L3");
        assertThat(opAcc6.get("declaredMaturity").asText()).isEqualTo("L2");
        assertThat(opAcc6.get("missingReinforcements").toString())
                .isEqualTo("[\"op.acc.6.r5\",\"op.acc.6.r8\",\"op.acc.6.r9\"]");
        assertThat(opAcc6.get("findings").toString()).isEqualTo("[{\"rule\":\"multi-factor-authentication\","
                + "\"part\":null,\"grade\":\"MINOR\",\"code\":\"mfa.missing\","
                + "\"arguments\":{\"assets\":{\"count\":1,\"unit\":\"desktop\"}},"
                + "\"message\":\"1 desktop without multi-factor authentication\","
                + "\"subjects\":[{\"kind\":\"ASSET\",\"id\":\"nav-pc-01\"}]}]");
        assertThat(opAcc6.get("reason").asText()).startsWith("declared L2 below required L3 (MEDIA); missing R5, R8, R9")
                .endsWith("1 desktop without multi-factor authentication (nav-pc-01)");
    }

    @Test
    void json_measureNotApplicable_requiresNoMaturity() throws IOException {
        JsonNode opCont2 = measure(system(json("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", "json"),
                CALLUS_SYSTEM), "op.cont.2");

        assertThat(opCont2.get("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(opCont2.get("requiredMaturity").isNull()).isTrue();
        assertThat(opCont2.get("declaredMaturity").isNull()).isTrue();
        assertThat(opCont2.get("findings")).isEmpty();
    }

    @Test
    void system_restrictsTheResultToThatSystemAndItsMunicipality() throws IOException {
        JsonNode root = json("evaluate", EXAMPLE, "--as-of", AS_OF, "--system", CALLUS_SYSTEM, "--format", "json");

        assertThat(texts(root.get("systems"), "id")).containsExactly(CALLUS_SYSTEM);
        assertThat(root.get("municipalities")).hasSize(1);
        assertThat(root.get("municipalities").get(0).get("name").asText()).isEqualTo("Callús");
        assertThat(root.get("municipalities").get(0).get("systems").toString()).isEqualTo("[\"sys-cal-eadmin\"]");
        assertThat(root.get("summary").get("complianceIndex"))
                .isEqualTo(root.get("systems").get(0).get("complianceIndex"));
    }

    @Test
    void text_givesTheTotalsTablesTopFindingsAndReasons() {
        Execution run = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("ENS compliance on 2025-12-31\n============================\n")
                .contains("Systems evaluated: 3\n", "Compliance index: 2/184 (1.1 %)\n", "Zone: Red\n")
                .containsPattern("(?m)^08140  Navarcles +1  2/65 +3\\.1  10/325 +3\\.1  Red$")
                .containsPattern("(?m)^sys-nav-eadmin  08140  MEDIA ")
                .contains("Top findings (15 of ")
                .containsPattern("(?m)^No Conformidad Mayor  sys-cal-eadmin  system    conformity-audit")
                .contains("sys-nav-eadmin (Administració electrònica de Navarcles), MEDIA;")
                .containsPattern("(?m)^op\\.acc\\.6 +Partially compliant +declared L2 below required L3 \\(MEDIA\\);"
                        + " missing R5, R8, R9; 1 desktop without multi-factor authentication \\(nav-pc-01\\)$");
    }

    @ParameterizedTest
    @CsvSource({"text, evaluate-callus.txt", "md, evaluate-callus.md", "json, evaluate-callus.json"})
    void output_matchesTheGoldenFile(String format, String golden) {
        Execution run = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--system", CALLUS_SYSTEM,
                "--format", format);

        assertThat(run.status()).isZero();
        Golden.assertMatches(golden, run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "md", "json"})
    void output_isDeterministicWithUnixLineEnds(String format) {
        Execution first = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", format);
        Execution second = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", format);

        assertThat(first.status()).isZero();
        assertThat(second.out()).isEqualTo(first.out()).doesNotContain("\r");
    }

    @Test
    void demoEvaluationJson_isByteIdenticalAcrossRunsAndParallelism() throws IOException {
        ComplianceEvaluator sequential = ComplianceEvaluator.builder()
                .options(new EvaluationOptions(EvaluationOptions.defaults().thresholds(), 1)).build();
        ComplianceEvaluator parallel = ComplianceEvaluator.builder()
                .options(new EvaluationOptions(EvaluationOptions.defaults().thresholds(), 4)).build();

        String first = demoJson(sequential);
        String second = demoJson(parallel);

        assertThat(first).contains("\"asOf\": \"2025-12-31\"", "\"id\": \"sis-08002\"");
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-13-01 | Invalid value for option '--as-of': '2025-13-01' is not a date; expected year-month-day, e.g. '2025-12-31'",
        "31/12/2025 | Invalid value for option '--as-of': '31/12/2025' is not a date; expected year-month-day, e.g. '2025-12-31'",
        "2025-02-29 | Invalid value for option '--as-of': '2025-02-29' is not a date; expected year-month-day, e.g. '2025-12-31'"
    })
    void badDate_isAUsageErrorQuotingIt(String date, String message) {
        Execution run = Execution.of("evaluate", EXAMPLE, "--as-of", date);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + "\nTry 'enslocal evaluate --help' for more information.\n");
    }

    @Test
    void missingDate_isAUsageError() {
        Execution run = Execution.of("evaluate", EXAMPLE);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required option: '--as-of=DATE'\n");
    }

    @Test
    void unknownSystem_isAUsageErrorNamingTheSystems() {
        Execution run = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--system", "sys-manresa");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("The dataset has no information system 'sys-manresa'; its systems include"
                + " sys-cal-eadmin, sys-nav-eadmin, sys-sfb-eadmin.\n");
    }

    @Test
    void invalidDataset_isExitThreeInTheChosenLanguage() throws IOException {
        String json = Files.readString(ExampleDataset.PATH, StandardCharsets.UTF_8)
                .replaceFirst("\"population\": 6276", "\"population\": -6276");
        Path file = Files.writeString(directory.resolve("navarcles.json"), json, StandardCharsets.UTF_8);

        Execution run = Execution.of("evaluate", file.toString(), "--as-of", AS_OF, "--lang", "es");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("El conjunto de datos no es válido: 1 infracción\n"
                + "  $.municipalities[1].population: ");
    }

    @ParameterizedTest
    @CsvSource({"ca, text", "es, text", "ca, md", "es, md"})
    void text_inCatalanOrSpanish_hasNoEnglishSentence(String language, String format) {
        Execution run = Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--lang", language, "--format", format);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(EnglishWords.in(run.out())).as(run.out()).isEmpty();
        assertThat(EnglishWords.in(Execution.of("evaluate", EXAMPLE, "--as-of", AS_OF, "--format", format).out()))
                .as("the check finds the English of the English output").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca", "es"})
    void json_inCatalanOrSpanish_hasItsSentencesInThatLanguage(String language) throws IOException {
        JsonNode root = json("evaluate", EXAMPLE, "--as-of", AS_OF, "--lang", language, "--format", "json");
        List<String> sentences = new ArrayList<>();
        for (JsonNode system : root.get("systems")) {
            sentences.add(system.get("categorization").asText());
            system.get("systemFindings").forEach(finding -> sentences.add(finding.get("message").asText()));
            for (JsonNode measure : system.get("measures")) {
                sentences.add(measure.get("reason").asText());
                measure.get("findings").forEach(finding -> sentences.add(finding.get("message").asText()));
            }
        }

        assertThat(EnglishWords.in(sentences)).isEmpty();
        assertThat(sentences).anyMatch(sentence -> sentence.contains(language.equals("ca")
                ? "sense autenticació multifactor" : "sin autenticación multifactor"));
    }

    @Test
    void help_documentsTheJsonFields() {
        Execution run = Execution.of("evaluate", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--as-of=DATE", "--system=ID", "--lang=LANG", "docs/evaluate-json.md",
                "\"complianceIndex\"", "\"requiredMaturity\"", "\"missingReinforcements\"", "\"subjects\"");
    }

    private static String demoJson(ComplianceEvaluator evaluator) throws IOException {
        var demo = DemoData.dataset();
        StringWriter out = new StringWriter();
        new EvaluationOutput(demo.title(), evaluator.evaluate(demo, DemoDatasetGenerator.AS_OF),
                ConsoleText.of(ReportLanguage.EN))
                .print(OutputFormat.JSON, new PrintWriter(out));
        return out.toString();
    }

    private static JsonNode json(String... args) throws IOException {
        Execution run = Execution.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static JsonNode system(JsonNode root, String id) {
        return find(root.get("systems"), id);
    }

    private static JsonNode measure(JsonNode system, String id) {
        return find(system.get("measures"), id);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no element with id " + id + " in " + array);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
