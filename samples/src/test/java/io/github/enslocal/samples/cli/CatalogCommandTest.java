// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogCommandTest {

    @Test
    void json_holdsEveryMeasureAndReinforcementWithTheDocumentedFields() throws Exception {
        Execution run = Execution.of("catalog", "--format", "json");
        JsonNode catalog = JsonMapper.builder().build().readTree(run.out());

        assertThat(run.status()).isZero();
        assertThat(catalog.get("dataVersion").asText()).isEqualTo("1.0.0");
        assertThat(catalog.get("measures")).hasSize(73);
        int reinforcements = 0;
        List<String> ids = new ArrayList<>();
        for (JsonNode measure : catalog.get("measures")) {
            ids.add(measure.get("id").asText());
            reinforcements += measure.get("reinforcements").size();
            assertThat(measure.fieldNames()).toIterable().containsExactly("id", "group", "groupName", "name", "basis",
                    "dimensions", "requirements", "reinforcements");
            assertThat(measure.get("requirements").fieldNames()).toIterable().containsExactly("BASICA", "MEDIA", "ALTA");
        }
        assertThat(reinforcements).isEqualTo(133);
        assertThat(ids).isEqualTo(MeasureCatalog.bundled().measures().stream().map(m -> m.id().toString()).toList());
    }

    @Test
    void json_opAcc6_isDimensionBasedWithItsCells() throws Exception {
        JsonNode catalog = JsonMapper.builder().build().readTree(Execution.of("catalog", "--format", "json").out());
        JsonNode opAcc6 = catalog.get("measures").findParents("id").stream()
                .filter(node -> node.get("id").asText().equals("op.acc.6")).findFirst().orElseThrow();

        assertThat(opAcc6.get("basis").asText()).isEqualTo("dimensions");
        assertThat(opAcc6.get("dimensions").toString()).isEqualTo("[\"C\",\"I\",\"T\",\"A\"]");
        assertThat(opAcc6.get("requirements").get("BASICA").toString()).isEqualTo("{\"applies\":true,"
                + "\"reinforcements\":[\"op.acc.6.r8\",\"op.acc.6.r9\"],"
                + "\"oneOf\":[[\"op.acc.6.r1\",\"op.acc.6.r2\",\"op.acc.6.r3\",\"op.acc.6.r4\"]]}");
        assertThat(opAcc6.get("reinforcements").get(0).toString())
                .isEqualTo("{\"id\":\"op.acc.6.r1\",\"name\":\"Contraseñas\",\"referencedInTable\":true}");
    }

    @ParameterizedTest
    @CsvSource({"text, catalog.txt", "md, catalog.md", "json, catalog.json"})
    void output_matchesTheGoldenFile(String format, String golden) {
        Execution run = Execution.of("catalog", "--format", format);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        Golden.assertMatches(golden, run.out());
    }

    @Test
    void defaultFormat_isText() {
        assertThat(Execution.of("catalog").out()).isEqualTo(Execution.of("catalog", "--format", "text").out())
                .startsWith("ENS measure catalog (RD 311/2022 Anexo II)\n");
    }
}
