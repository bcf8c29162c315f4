// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.dataset.TestRecords.Dataset;
import io.github.enslocal.core.dataset.TestRecords.Kind;
import io.github.enslocal.core.dataset.TestRecords.Other;
import io.github.enslocal.core.dataset.TestRecords.Part;
import io.github.enslocal.core.dataset.TestRecords.Thing;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCodecWriteTest {

    private static final Thing NAVARCLES_SERVER = new Thing("srv-navarcles-01", IneCode.parse("08140"), Kind.SERVER,
            Optional.of("Servidor de l'Ajuntament"), Optional.of(LocalDate.of(2026, 10, 14)),
            List.of(MeasureId.parse("op.exp.1")), List.of(new Part("disc", 2, Optional.empty())), Optional.empty(),
            DimensionLevels.parse("D=BAJO,C=MEDIO"), 1);
    private static final Other CONVENTION = new Other("conveni-2024", "srv-navarcles-01",
            Optional.of(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))),
            Set.of(ReinforcementId.parse("op.acc.6.r2"), ReinforcementId.parse("op.acc.6.r1"),
                    ReinforcementId.parse("mp.info.6.r1")),
            Map.of(IneCode.parse("08213"), 5, IneCode.parse("08113"), 3),
            Optional.of(Instant.parse("2025-03-14T09:30:00Z")));
    private static final Dataset DATASET = new Dataset(TestRecords.VERSION, List.of(NAVARCLES_SERVER), List.of(CONVENTION));

    private final DocumentCodec<Dataset> codec = TestRecords.codec();

    @Test
    void toJson_writesTheDocumentFormat() {
        assertThat(codec.toJson(DATASET)).isEqualTo("""
                {
                  "formatVersion": "1.0",
                  "things": [
                    {
                      "id": "srv-navarcles-01",
                      "owner": "08140",
                      "kind": "SERVER",
                      "label": "Servidor de l'Ajuntament",
                      "supportEndsOn": "2026-10-14",
                      "measures": [
                        "op.exp.1"
                      ],
                      "parts": [
                        {
                          "name": "disc",
                          "count": 2
                        }
                      ],
                      "levels": {
                        "C": "MEDIO",
                        "D": "BAJO"
                      },
                      "units": 1
                    }
                  ],
                  "others": [
                    {
                      "id": "conveni-2024",
                      "thingId": "srv-navarcles-01",
                      "period": {
                        "start": "2024-01-01",
                        "end": "2027-12-31"
                      },
                      "reinforcements": [
                        "op.acc.6.r1",
                        "op.acc.6.r2",
                        "mp.info.6.r1"
                      ],
                      "counts": {
                        "08113": 3,
                        "08213": 5
                      },
                      "reportedAt": "2025-03-14T09:30:00Z"
                    }
                  ]
                }
                """);
    }

    @Test
    void toJson_emptyListsAndStrings_areWrittenSoTheyReadBack() {
        Dataset empty = new Dataset(TestRecords.VERSION, List.of(), List.of());

        assertThat(codec.toJson(empty)).isEqualTo("{\n  \"formatVersion\": \"1.0\",\n  \"things\": [],\n  \"others\": []\n}\n");
        assertThat(codec.read(codec.toJson(empty))).isEqualTo(empty);
    }

    @Test
    void toBytes_sameDatasetTwice_givesIdenticalBytes() {
        Dataset copy = codec.read(codec.toJson(DATASET));

        assertThat(codec.toBytes(copy)).isEqualTo(codec.toBytes(DATASET));
    }

    @Test
    void toJson_thenRead_givesAnEqualDataset() {
        assertThat(codec.read(codec.toJson(DATASET))).isEqualTo(DATASET);
    }

    @Test
    void toJson_invalidDataset_isRefusedWithItsViolations() {
        Dataset invalid = new Dataset("0.9", List.of(NAVARCLES_SERVER, NAVARCLES_SERVER), List.of());

        assertThatThrownBy(() -> codec.toJson(invalid)).isInstanceOfSatisfying(InvalidDatasetException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("$.formatVersion", "dataset.formatVersion.unsupported"),
                        org.assertj.core.groups.Tuple.tuple("$.things[1].id", "dataset.id.duplicate")));
    }

    @Test
    void write_toPath_writesUtf8WithTrailingNewline(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("dataset.json");

        codec.write(DATASET, file);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(codec.toJson(DATASET)).endsWith("}\n").doesNotContain("\r");
        assertThat(codec.read(file)).isEqualTo(DATASET);
    }

    @Test
    void write_toExistingPath_replacesItWhole(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("dataset.json");
        Files.writeString(file, "{\"formatVersion\": \"1.0\", \"things\": [], \"others\": [], \"old\": \"x\".repeat(1000)}");

        codec.write(DATASET, file);

        assertThat(Files.readString(file)).isEqualTo(codec.toJson(DATASET));
        assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void write_invalidDataset_leavesTheOldFileAndNoPartialFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("dataset.json");
        codec.write(DATASET, file);
        byte[] before = Files.readAllBytes(file);
        Dataset invalid = new Dataset(TestRecords.VERSION, List.of(NAVARCLES_SERVER), List.of(
                new Other("conveni-2025", "srv-unknown", Optional.empty(), Set.of(), Map.of(), Optional.empty())));

        assertThatThrownBy(() -> codec.write(invalid, file)).isInstanceOf(InvalidDatasetException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void write_intoMissingDirectory_failsWithoutCreatingAnything(@TempDir Path directory) {
        Path file = directory.resolve("missing").resolve("dataset.json");

        assertThatThrownBy(() -> codec.write(DATASET, file)).isInstanceOf(IOException.class);

        assertThat(filesIn(directory)).isEmpty();
    }

    private static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
