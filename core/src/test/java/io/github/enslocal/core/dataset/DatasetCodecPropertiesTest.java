// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DatasetCodecPropertiesTest {

    private final DatasetCodec codec = DatasetCodec.create();

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    @Property(tries = 200)
    void anyValidDataset_survivesWriteThenReadUnchanged(@ForAll("datasets") Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(dataset, out);
        String json = out.toString(StandardCharsets.UTF_8);

        Dataset read = codec.read(new StringReader(json));

        assertThat(read).isEqualTo(dataset);
        assertThat(codec.toJson(read)).isEqualTo(json);
    }

    @Property(tries = 100)
    void anyValidDataset_isValidWithoutWarningsAndMatchesTheSchema(@ForAll("datasets") Dataset dataset)
            throws IOException {
        assertThat(codec.validate(dataset)).isEmpty();
        assertThat(codec.warnings(dataset)).isEmpty();
        assertThat(DatasetSchemaTest.schemaErrors(codec.toJson(dataset))).isEmpty();
    }

    @Property(tries = 50)
    void anyValidDataset_writtenTwiceToEverySink_givesIdenticalBytes(@ForAll("datasets") Dataset dataset)
            throws IOException {
        Path directory = Files.createTempDirectory("enslocal-determinism");
        try {
            Path first = directory.resolve("first.json");
            Path second = directory.resolve("second.json");
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            StringWriter writer = new StringWriter();

            codec.write(dataset, first);
            codec.write(dataset, second);
            codec.write(dataset, stream);
            codec.write(dataset, writer);

            byte[] bytes = Files.readAllBytes(first);
            assertThat(Files.readAllBytes(second)).isEqualTo(bytes);
            assertThat(stream.toByteArray()).isEqualTo(bytes);
            assertThat(writer.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
            assertThat(codec.toJson(dataset).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }
}
