// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path directory;

    private String[] directoryListing() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void write_newFile_holdsUtf8ContentAndNothingElseRemains() throws IOException {
        Path report = directory.resolve("balanç.md");

        AtomicFile.write(report, out -> out.write("Sant Fruitós de Bages\n"));

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("Sant Fruitós de Bages\n");
        assertThat(directoryListing()).containsExactly("balanç.md");
    }

    @Test
    void write_existingFile_isReplaced() throws IOException {
        Path report = directory.resolve("report.csv");
        Files.writeString(report, "old");

        AtomicFile.write(report, out -> out.write("new"));

        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(directoryListing()).containsExactly("report.csv");
    }

    @Test
    void write_contentFailsHalfway_leavesNoFileAndNoTemporaryFile() throws IOException {
        Path report = directory.resolve("report.html");

        assertThatThrownBy(() -> AtomicFile.write(report, out -> {
            out.write("<!DOCTYPE html>".repeat(10_000));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(directoryListing()).isEmpty();
    }

    @Test
    void write_contentFailsHalfway_keepsThePreviousReport() throws IOException {
        Path report = directory.resolve("report.html");
        Files.writeString(report, "previous");

        assertThatThrownBy(() -> AtomicFile.write(report, out -> {
            out.write("partial");
            throw new IllegalStateException("template failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(report)).isEqualTo("previous");
        assertThat(directoryListing()).containsExactly("report.html");
    }

    @Test
    void write_textUtf8CannotEncode_failsAndLeavesNothing() throws IOException {
        Path report = directory.resolve("report.json");

        assertThatThrownBy(() -> AtomicFile.write(report, out -> out.write("lone surrogate \uD800 here")))
                .isInstanceOf(MalformedInputException.class);

        assertThat(directoryListing()).isEmpty();
    }

    @Test
    void write_missingDirectory_failsWithoutCreatingIt() {
        Path report = directory.resolve("missing").resolve("report.md");

        assertThatThrownBy(() -> AtomicFile.write(report, out -> out.write("x")))
                .isInstanceOf(NoSuchFileException.class);

        assertThat(Files.exists(directory.resolve("missing"))).isFalse();
    }

    @Test
    void write_rootDirectory_isRejected() {
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), out -> out.write("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid report file '/', expected a file in an existing directory, e.g. 'out/report.html'");
    }
}
