// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/…/cli/golden}.
 *
 * <p>Run with {@code -Denslocal.golden.update=true} to rewrite the files from the current output,
 * then review the difference in version control.
 */
final class Golden {

    private static final String DIRECTORY = "golden/";

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("enslocal.golden.update")) {
            write(name, actual);
            return;
        }
        assertThat(actual).as("output compared with golden file %s", name).isEqualTo(read(name));
    }

    private static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream(DIRECTORY + name)) {
            assertThat(in).as("golden file %s (create it with -Denslocal.golden.update=true)", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, String actual) {
        Path file = Path.of("src/test/resources", Golden.class.getPackageName().replace('.', '/'), DIRECTORY, name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
