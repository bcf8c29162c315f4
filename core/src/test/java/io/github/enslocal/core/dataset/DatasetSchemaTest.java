// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetSchemaTest {

    static final Path RESOURCE = Path.of("src", "main", "resources", "io", "github", "enslocal", "core", "dataset",
            "dataset.schema.json");
    static final Path DOCS_COPY = ExampleDataset.DOCS.resolve("dataset.schema.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Returns the committed schema as a validator that also asserts formats (dates, instants). */
    static JsonSchema schema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(DatasetSchemaTest.class.getResourceAsStream("dataset.schema.json"), config);
    }

    static Set<ValidationMessage> schemaErrors(String json) throws IOException {
        JsonNode document = MAPPER.readTree(json);
        return schema().validate(document);
    }

    @Test
    void schema_shippedAsResource_isWhatTheModelGenerates() throws IOException {
        DocsFiles.assertUpToDate(RESOURCE, DatasetSchemaGenerator.generate());
    }

    @Test
    void schema_copyInDocs_isWhatTheModelGenerates() throws IOException {
        DocsFiles.assertUpToDate(DOCS_COPY, DatasetSchemaGenerator.generate());
    }

    @Test
    void example_isValidAgainstTheSchema() throws IOException {
        assertThat(schemaErrors(ExampleDataset.json())).isEmpty();
    }

    @Test
    void optionalGivenAsNull_isAcceptedByTheSchemaAndTheCodecAlike() throws IOException {
        String json = ExampleMutation.apply(new ExampleMutation("/title", "null"),
                new ExampleMutation("/incidents/5/security/manualDanger", "null"),
                new ExampleMutation("/assets/0/endOfSupport", "null"));

        assertThat(schemaErrors(json)).isEmpty();
        Dataset dataset = DatasetCodec.create().read(json);
        assertThat(dataset.title()).isEmpty();
        assertThat(dataset.assets().get(0).endOfSupport()).isEmpty();
    }

    @ParameterizedTest(name = "{0} := {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /incidents/0/municipality | "8140"
            /incidents/0/priority | "URGENT"
            /incidents/0/openedAt | "13/01/2025"
            /incidents/0/colour | "red"
            /incidents/0/id | null
            /assets/0/acquisitionDate | "2021-02-30"
            /assessments/0/measure | "org"
            /assessments/1/reinforcements/0 | "op.acc.6"
            /conventions/0/maximumAmount | 180000
            /systems/0/information/0/levels | {"C": "MUY_ALTO"}
            /systems/0/information/0/levels | {"X": "BAJO"}
            /slaPolicy/calendar/weeklyHours/MONDAY/0 | "8-15"
            /slaPolicy/targets/URGENT | @/slaPolicy/targets/HIGH
            /formatVersion | "2.0"
            /trainingSessions/0/municipalities | []
            """)
    void schema_rejectsWhatTheCodecRejects(String pointer, String value) throws IOException {
        String json = ExampleMutation.apply(new ExampleMutation(pointer, "null".equals(value) ? null : value));

        assertThat(schemaErrors(json)).isNotEmpty();
        assertThat(DatasetCodec.create().validate(ExampleDataset.dataset())).isEmpty();
    }
}
