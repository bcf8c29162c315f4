// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps generated files that are committed (the JSON Schema, the example in canonical form) equal
 * to what the code generates: a test fails when one is stale, and rewrites it when run with
 * {@value #UPDATE_PROPERTY}.
 */
final class DocsFiles {

    static final String UPDATE_PROPERTY = "enslocal.docs.update";
    static final String REFRESH_COMMAND =
            "./mvnw -B -ntp -pl core test -Dtest='ExampleDatasetTest,DatasetSchemaTest' -D" + UPDATE_PROPERTY + "=true";

    private DocsFiles() {
    }

    /** Asserts that a committed file holds the expected text, or rewrites it if asked to. */
    static void assertUpToDate(Path file, String expected) throws IOException {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(actual)
                .as("%s is out of date; refresh it with%n  %s", file.normalize(), REFRESH_COMMAND)
                .isEqualTo(expected);
    }
}
