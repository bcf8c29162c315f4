// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with the golden files under {@code src/test/resources/.../golden}, byte for byte.
 * Run with {@code -Denslocal.golden.update=true} to rewrite them from the current output, then
 * review the diff before committing.
 */
public final class GoldenFiles {

    private static final Path DIRECTORY = Path.of("src/test/resources/io/github/enslocal/reporting/golden");

    private GoldenFiles() {
    }

    /**
     * Asserts that output equals a golden file, or rewrites the file when updating.
     *
     * @param name the file name, e.g. {@code "sample-ca.html"}
     * @param actual the output
     * @throws IOException if the file cannot be read or written
     */
    public static void assertMatches(String name, byte[] actual) throws IOException {
        Path golden = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("enslocal.golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("No golden file " + golden.toAbsolutePath()
                    + "; run the tests with -Denslocal.golden.update=true to create it");
        }
        byte[] expected = Files.readAllBytes(golden);
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .as("output compared with golden file %s (regenerate with -Denslocal.golden.update=true)", name)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).as("bytes of golden file %s", name).isEqualTo(expected);
    }

    /**
     * Returns whether a golden file exists.
     *
     * @param name the file name, e.g. {@code "dashboard-ca.html"}
     * @return true if it is there
     */
    public static boolean exists(String name) {
        return Files.isRegularFile(DIRECTORY.resolve(name));
    }
}
