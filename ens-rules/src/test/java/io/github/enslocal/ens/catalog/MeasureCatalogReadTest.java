// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureCatalogReadTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int ORG_1 = 0;
    private static final int OP_ACC_6 = 14;

    private static ObjectNode bundledJson() {
        try (InputStream in = MeasureCatalog.class.getResourceAsStream(MeasureCatalog.BUNDLED_RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode measure(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("measures").get(index);
    }

    private static MeasureCatalog read(String json) {
        return MeasureCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "catalog.json");
    }

    @Test
    void read_unmodifiedBundledJson_equalsTheBundledCatalog() {
        MeasureCatalog catalog = read(bundledJson().toString());

        assertThat(catalog.measures()).isEqualTo(MeasureCatalog.bundled().measures());
    }

    static Stream<Arguments> brokenCatalogs() {
        return Stream.of(
                Arguments.of("malformed id", (Consumer<ObjectNode>) root -> measure(root, ORG_1).put("id", "org.x"),
                        "measures[0].id: Invalid measure id 'org.x', expected e.g. 'op.acc.1' or 'org.1'"),
                Arguments.of("group that does not match the id",
                        (Consumer<ObjectNode>) root -> measure(root, OP_ACC_6).put("group", "op.exp"),
                        "measures[14] (op.acc.6).group: 'op.exp' does not match the id, expected 'op.acc'"),
                Arguments.of("cell requiring an undefined reinforcement",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) measure(root, OP_ACC_6).at("/requires/BASICA/reinforcements")).add("R12"),
                        "measures[14] (op.acc.6): Measure op.acc.6 requires reinforcement op.acc.6.r12, which it does not define"),
                Arguments.of("optional flag contradicting the cells",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) measure(root, OP_ACC_6).at("/reinforcements/0")).put("referencedInTable", false),
                        "measures[14] (op.acc.6): Reinforcement op.acc.6.r1 is marked referencedInTable=false but the cells of op.acc.6 mention it"),
                Arguments.of("missing column",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) measure(root, ORG_1).get("requires")).remove("ALTA"),
                        "measures[0] (org.1).requires: the column ALTA is missing"),
                Arguments.of("unknown dimension letter",
                        (Consumer<ObjectNode>) root -> measure(root, OP_ACC_6).putArray("basis").add("C").add("X"),
                        "measures[14] (op.acc.6).basis: Invalid dimension 'X', expected one of C, I, T, A, D"),
                Arguments.of("stated count that the measures contradict",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("counts")).put("reinforcements", 134),
                        "counts.reinforcements: states 134 but the measures give 133"),
                Arguments.of("measure listed twice",
                        (Consumer<ObjectNode>) root -> root.withArray("measures").add(measure(root, ORG_1).deepCopy()),
                        "measures[73]: measure org.1 appears twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogs")
    void read_brokenCatalog_reportsTheProblemWithItsPath(String description, Consumer<ObjectNode> breakIt, String problem) {
        ObjectNode root = bundledJson();
        breakIt.accept(root);

        assertThatThrownBy(() -> read(root.toString()))
                .isInstanceOfSatisfying(CatalogFormatException.class, e -> {
                    assertThat(e.problems()).contains(problem);
                    assertThat(e.source()).isEqualTo("catalog.json");
                });
    }

    @Test
    void read_severalProblems_reportsThemAllAtOnce() {
        ObjectNode root = bundledJson();
        measure(root, ORG_1).put("id", "org.x");
        ((ObjectNode) root.get("counts")).put("total", 74);

        assertThatThrownBy(() -> read(root.toString()))
                .isInstanceOfSatisfying(CatalogFormatException.class, e -> assertThat(e.problems()).hasSizeGreaterThan(1)
                        .anySatisfy(problem -> assertThat(problem).startsWith("measures[0].id"))
                        .anySatisfy(problem -> assertThat(problem).startsWith("counts.total")));
    }

    @Test
    void read_duplicateKey_isRejected() {
        assertThatThrownBy(() -> read("{\"dataVersion\": \"1\", \"dataVersion\": \"2\"}"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("Duplicate field 'dataVersion'");
    }

    @Test
    void read_malformedJson_namesTheLine() {
        assertThatThrownBy(() -> read("{\n\"dataVersion\": }"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith("Invalid catalog.json (1 problem):\n  - not acceptable JSON: ")
                .hasMessageContaining("(line 2, column");
    }

    @Test
    void read_emptyDocument_isRejected() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage("Invalid catalog.json (1 problem):\n  - the document is empty");
    }
}
