// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyReaderTest {

    private static final JsonMapper MAPPER = new JsonMapper();

    @Test
    void read_bundledFile_yieldsTheBundledTaxonomy() throws IOException {
        IncidentTaxonomy read = TaxonomyReader.read(new ByteArrayInputStream(bundledBytes()));

        assertThat(read.classes()).isEqualTo(IncidentTaxonomy.bundled().classes());
        assertThat(read.ccnCertFollowUps()).isEqualTo(IncidentTaxonomy.bundled().ccnCertFollowUps());
    }

    static Stream<Arguments> corruptions() {
        return Stream.of(
                Arguments.of("schema version 2",
                        (Consumer<ObjectNode>) root -> root.put("schemaVersion", 2),
                        "Unsupported taxonomy schemaVersion 2, expected 1"),
                Arguments.of("unknown danger level",
                        (Consumer<ObjectNode>) root -> firstType(root).put("dangerLevel", "EXTREMO"),
                        "Unknown danger level 'EXTREMO' in the taxonomy, expected e.g. 'MUY_ALTO'"),
                Arguments.of("duplicate type",
                        (Consumer<ObjectNode>) root -> types(root).add(firstType(root).deepCopy()),
                        "Duplicate incident type 'SPAM'"),
                Arguments.of("danger scale out of order",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) root.get("dangerLevels")).remove(0),
                        "The taxonomy's dangerLevels are [MEDIO, ALTO, MUY_ALTO, CRITICO], "
                                + "expected [BAJO, MEDIO, ALTO, MUY_ALTO, CRITICO] in that order"),
                Arguments.of("follow-up row missing",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) root.at(
                                "/notification/publicSectorENS/ccnCertFollowUpByLevel")).remove(4),
                        "The CCN-CERT follow-up table covers [MEDIO, ALTO, MUY_ALTO, CRITICO], "
                                + "expected every level from BAJO to CRITICO"),
                Arguments.of("blank type name",
                        (Consumer<ObjectNode>) root -> firstType(root).put("name", " "),
                        "The taxonomy's field 'name' must be non-blank text, found \" \""),
                Arguments.of("unknown edition",
                        (Consumer<ObjectNode>) root -> firstType(root).putArray("appearsIn").add("GN2018"),
                        "Unknown taxonomy edition 'GN2018', expected e.g. 'GN2020' or 'CCN-STIC-817-2020'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptions")
    void read_corruptFile_throwsNamingTheProblem(String name, Consumer<ObjectNode> corruption, String message)
            throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(bundledBytes());
        corruption.accept(root);
        byte[] corrupt = MAPPER.writeValueAsBytes(root);

        assertThatThrownBy(() -> TaxonomyReader.read(new ByteArrayInputStream(corrupt)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void read_missingField_throwsNamingIt() throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(bundledBytes());
        root.remove("classes");
        byte[] corrupt = MAPPER.writeValueAsBytes(root);

        assertThatThrownBy(() -> TaxonomyReader.read(new ByteArrayInputStream(corrupt)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The taxonomy lacks field 'classes' in {\"schemaVersion\":1");
    }

    private static ArrayNode types(ObjectNode root) {
        return (ArrayNode) root.get("classes").get(0).get("types");
    }

    private static ObjectNode firstType(ObjectNode root) {
        return (ObjectNode) types(root).get(0);
    }

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = IncidentTaxonomy.class.getResourceAsStream("incident-taxonomy.json")) {
            return in.readAllBytes();
        }
    }
}
