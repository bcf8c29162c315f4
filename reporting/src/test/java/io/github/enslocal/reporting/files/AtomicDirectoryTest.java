// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void write_absentTarget_appearsWithTheContentAndNoSiblingIsLeft() throws IOException {
        Path target = parent.resolve("reports-2025");

        AtomicDirectory.write(target, staging -> Files.writeString(staging.resolve("dashboard.json"), "{}\n"));

        assertThat(Files.readString(target.resolve("dashboard.json"))).isEqualTo("{}\n");
        assertThat(entries(parent)).containsExactly(target);
    }

    @Test
    void write_nonEmptyTarget_isReplacedWhole() throws IOException {
        Path target = Files.createDirectory(parent.resolve("reports-2025"));
        Files.writeString(target.resolve("old.html"), "old");

        AtomicDirectory.write(target, staging -> Files.writeString(staging.resolve("new.html"), "new"));

        assertThat(entries(target)).containsExactly(target.resolve("new.html"));
        assertThat(entries(parent)).containsExactly(target);
    }

    @Test
    void write_contentFailsHalfway_leavesTheTargetAsItWasAndNothingElse() throws IOException {
        Path target = Files.createDirectory(parent.resolve("reports-2025"));
        Files.writeString(target.resolve("old.html"), "old");

        assertThatIOException().isThrownBy(() -> AtomicDirectory.write(target, staging -> {
            Files.writeString(staging.resolve("half.html"), "half");
            throw new IOException("disk full");
        })).withMessage("disk full");

        assertThat(entries(target)).containsExactly(target.resolve("old.html"));
        assertThat(Files.readString(target.resolve("old.html"))).isEqualTo("old");
        assertThat(entries(parent)).containsExactly(target);
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.sorted().toList();
        }
    }
}
