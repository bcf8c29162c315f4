// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SoaCommandTest {

    /** A MEDIA system: a municipal register whose confidentiality and authenticity are MEDIO. */
    private static final String PADRON_LEVELS = "C=MEDIO,I=BAJO,T=BAJO,A=MEDIO,D=BAJO";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final MeasureCatalog CATALOG = MeasureCatalog.bundled();

    @Test
    void json_listsEveryMeasureInCatalogOrder() throws Exception {
        JsonNode soa = soaJson(PADRON_LEVELS);

        List<String> ids = new ArrayList<>();
        soa.get("measures").forEach(measure -> ids.add(measure.get("id").asText()));
        assertThat(ids).hasSize(73)
                .isEqualTo(CATALOG.measures().stream().map(measure -> measure.id().toString()).toList());
        assertThat(soa.get("measures").get(0).fieldNames()).toIterable()
                .containsExactly("id", "applies", "reinforcements", "oneOf", "reason");
    }

    @Test
    void json_givesTheCategoryAndTheAssignedLevelsInDimensionOrder() throws Exception {
        JsonNode soa = soaJson(PADRON_LEVELS);

        assertThat(soa.fieldNames()).toIterable().containsExactly("category", "levels", "measures");
        assertThat(soa.get("category").asText()).isEqualTo("MEDIA");
        assertThat(levels(soa)).containsExactly(Map.entry("C", "MEDIO"), Map.entry("I", "BAJO"),
                Map.entry("T", "BAJO"), Map.entry("A", "MEDIO"), Map.entry("D", "BAJO"));
    }

    @Test
    void json_opAcc6_requiresTheMediaCellOfTheCatalog() throws Exception {
        JsonNode opAcc6 = measure(soaJson(PADRON_LEVELS), "op.acc.6");
        Requirement media = CATALOG.get(MeasureId.parse("op.acc.6")).requirement(Column.MEDIA);

        assertThat(opAcc6.get("applies").asBoolean()).isTrue();
        assertThat(texts(opAcc6.get("reinforcements"))).containsExactly("op.acc.6.r5", "op.acc.6.r8", "op.acc.6.r9")
                .isEqualTo(media.reinforcements().stream().map(Object::toString).toList());
        assertThat(opAcc6.get("oneOf")).hasSize(1);
        assertThat(texts(opAcc6.get("oneOf").get(0)))
                .containsExactly("op.acc.6.r1", "op.acc.6.r2", "op.acc.6.r3", "op.acc.6.r4")
                .isEqualTo(media.oneOf().get(0).choices().stream().map(Object::toString).toList());
        assertThat(opAcc6.get("reason").asText()).isEqualTo(
                "op.acc.6 + R5 + R8 + R9 + one of [R1, R2, R3, R4] because C=MEDIO, A=MEDIO (highest of C, I, T, A)");
    }

    @Test
    void json_opCont2_doesNotApplyBelowAlto() throws Exception {
        JsonNode opCont2 = measure(soaJson(PADRON_LEVELS), "op.cont.2");

        assertThat(opCont2.get("applies").asBoolean()).isFalse();
        assertThat(opCont2.get("reinforcements")).isEmpty();
        assertThat(opCont2.get("oneOf")).isEmpty();
        assertThat(opCont2.get("reason").asText()).startsWith("op.cont.2 not applicable: D is BAJO");
    }

    @Test
    void json_leavesUnassignedDimensionsOut() throws Exception {
        JsonNode soa = soaJson("D=ALTO");

        assertThat(soa.get("category").asText()).isEqualTo("ALTA");
        assertThat(levels(soa)).containsExactly(Map.entry("D", "ALTO"));
        assertThat(measure(soa, "op.exp.8").get("reason").asText())
                .isEqualTo("op.exp.8 not applicable: T is not assigned");
    }

    @Test
    void json_namesTheBasicaCategoryByItsConstant() throws Exception {
        assertThat(soaJson("I=BAJO").get("category").asText()).isEqualTo("BASICA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "md", "json"})
    void output_isDeterministicWithUnixLineEnds(String format) {
        Execution first = Execution.of("soa", "--levels", PADRON_LEVELS, "--format", format);
        Execution second = Execution.of("soa", "--levels", PADRON_LEVELS, "--format", format);

        assertThat(first.status()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo(second.out()).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
    }

    @ParameterizedTest
    @CsvSource({"text, soa-padron.txt", "md, soa-padron.md", "json, soa-padron.json"})
    void output_matchesTheGoldenFile(String format, String golden) {
        Execution run = Execution.of("soa", "--levels", PADRON_LEVELS, "--format", format);

        assertThat(run.status()).isZero();
        Golden.assertMatches(golden, run.out());
    }

    @Test
    void format_isCaseInsensitive() {
        assertThat(Execution.of("soa", "--levels", "C=MEDIO", "--format", "JSON").out())
                .isEqualTo(Execution.of("soa", "--levels", "C=MEDIO", "--format", "json").out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--levels=              | Invalid value for option '--levels': no dimension has a level, so RD 311/2022"
                + " Anexo I gives no category; assign at least one, e.g. 'C=MEDIO,I=BAJO,D=BAJO'",
        "--levels=C=MEDIO,X=BAJO | Invalid value for option '--levels': Invalid dimension levels 'C=MEDIO,X=BAJO':"
                + " 'X' is not one of C, I, T, A, D, expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'",
        "--levels=C=MUY          | Invalid value for option '--levels': Invalid dimension levels 'C=MUY':"
                + " 'MUY' is not one of BAJO, MEDIO, ALTO, expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'",
        "--levels=C=MEDIO,C=BAJO | Invalid value for option '--levels': Invalid dimension levels 'C=MEDIO,C=BAJO':"
                + " dimension C is given twice, expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'",
        "--levels=MEDIO          | Invalid value for option '--levels': Invalid dimension levels 'MEDIO':"
                + " 'MEDIO' is not of the form dimension=level, expected e.g. 'C=MEDIO,I=BAJO,D=BAJO'",
        "--format=json           | Missing required option: '--levels=LEVELS'",
    })
    void badOrMissingLevels_isAUsageErrorQuotingTheValue(String argument, String message) {
        Execution run = Execution.of("soa", argument.strip());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + "\nTry 'enslocal soa --help' for more information.\n");
    }

    @Test
    void badFormat_isAUsageErrorListingTheFormats() {
        Execution run = Execution.of("soa", "--levels", "C=MEDIO", "--format", "xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--format': 'xml' is not one of text, md, json\n");
    }

    @Property(tries = 200)
    void anyLevels_giveAResultOrAUsageError_neverAFailure(@ForAll("levelTexts") String levels) {
        Execution run = Execution.of("soa", "--levels=" + levels, "--format", "json");

        assertThat(run.status()).isIn(0, 2);
        if (run.status() == 0) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("\"category\"");
        } else {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("Invalid value for option '--levels': ").doesNotContain("\tat ");
        }
    }

    @Property(tries = 100)
    void anyValidLevels_giveTheCategoryOfTheHighestLevel(@ForAll("assignments") Map<String, String> assignment)
            throws Exception {
        String levels = String.join(",", assignment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        String highest = assignment.values().stream().max((a, b) -> rank(a) - rank(b)).orElseThrow();

        JsonNode soa = soaJson(levels);

        assertThat(soa.get("category").asText()).isEqualTo(Map.of("BAJO", "BASICA", "MEDIO", "MEDIA", "ALTO", "ALTA")
                .get(highest));
        assertThat(soa.get("measures")).hasSize(CATALOG.measures().size());
        for (JsonNode node : soa.get("measures")) {
            if (!node.get("applies").asBoolean()) {
                assertThat(node.get("reinforcements")).as(node.get("id").asText()).isEmpty();
                assertThat(node.get("oneOf")).as(node.get("id").asText()).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<String> levelTexts() {
        Arbitrary<String> pieces = Arbitraries.of("C", "I", "T", "A", "D", "X", "=", ",", "MEDIO", "bajo", "ALTO",
                "NADA", " ", "");
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Map<String, String>> assignments() {
        return Arbitraries.maps(Arbitraries.of("C", "I", "T", "A", "D"), Arbitraries.of("BAJO", "MEDIO", "ALTO"))
                .ofMinSize(1).ofMaxSize(5);
    }

    private static int rank(String level) {
        return List.of("BAJO", "MEDIO", "ALTO").indexOf(level);
    }

    private static JsonNode soaJson(String levels) throws Exception {
        Execution run = Execution.of("soa", "--levels", levels, "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode measure(JsonNode soa, String id) {
        for (JsonNode measure : soa.get("measures")) {
            if (measure.get("id").asText().equals(id)) {
                return measure;
            }
        }
        throw new AssertionError("No measure " + id + " in " + soa);
    }

    private static Map<String, String> levels(JsonNode soa) {
        Map<String, String> levels = new LinkedHashMap<>();
        soa.get("levels").properties().forEach(entry -> levels.put(entry.getKey(), entry.getValue().asText()));
        return levels;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
