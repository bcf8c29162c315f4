// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.SecurityLevel;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A naive reading of the Anexo II data file that ens-rules ships, independent of how the ens-rules
 * catalog models it: for some levels, the cell of each measure, picked as the file's notes describe
 * (the category column, or the column of the highest assigned level among the measure's dimensions).
 */
final class AnexoIiCells {

    private static final String RESOURCE = "ens-rd311-2022-measures.json";
    private static final List<String> COLUMNS = List.of("BASICA", "MEDIA", "ALTA");
    private static final JsonNode MEASURES = read();

    private AnexoIiCells() {
    }

    /** Returns the parsed cells ({@code requires.<column>}) of every measure for some levels; empty where no column applies. */
    static List<Optional<JsonNode>> cells(DimensionLevels levels) {
        int category = levels.highest().orElseThrow().ordinal();
        return Stream.iterate(0, i -> i < MEASURES.size(), i -> i + 1).map(MEASURES::get).map(measure -> {
            JsonNode basis = measure.get("basis");
            int column = -1;
            if (basis.isTextual()) {
                column = category;
            } else {
                for (JsonNode letter : basis) {
                    Optional<SecurityLevel> level = levels.level(Dimension.parse(letter.asText()));
                    column = Math.max(column, level.map(Enum::ordinal).orElse(-1));
                }
            }
            return column < 0 ? Optional.<JsonNode>empty() : Optional.of(measure.get("requires").get(COLUMNS.get(column)));
        }).toList();
    }

    /** Returns how many measures the table applies for some levels. */
    static long applicable(DimensionLevels levels) {
        return cells(levels).stream().filter(cell -> cell.map(value -> value.get("applies").asBoolean()).orElse(false))
                .count();
    }

    /** Returns how many fixed reinforcements the table requires for some levels. */
    static long reinforcements(DimensionLevels levels) {
        return cells(levels).stream().flatMap(Optional::stream).mapToLong(cell -> cell.get("reinforcements").size()).sum();
    }

    /** Returns how many one-of groups the table requires for some levels. */
    static long oneOfGroups(DimensionLevels levels) {
        return cells(levels).stream().flatMap(Optional::stream).mapToLong(cell -> cell.get("anyOf").size()).sum();
    }

    private static JsonNode read() {
        try (InputStream in = MeasureCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from ens-rules");
            }
            return JsonMapper.builder().build().readTree(in).get("measures");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
