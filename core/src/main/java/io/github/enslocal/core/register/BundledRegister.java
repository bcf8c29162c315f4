// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.register;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.enslocal.core.territory.IneCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Loads the register from the CSV resources bundled next to this class, once. */
final class BundledRegister {

    static final String MUNICIPALITIES = "municipalities-es.csv";
    static final String COMARQUES = "comarques-cat.csv";

    private static final List<String> MUNICIPALITIES_HEADER = List.of("ine_code", "name", "province_code",
            "province", "autonomous_community", "population", "population_year");
    private static final List<String> COMARQUES_HEADER = List.of("ine_code", "name", "comarca", "vegueria");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private static volatile MunicipalityRegister bundled;

    private BundledRegister() {
    }

    static MunicipalityRegister get() {
        MunicipalityRegister register = bundled;
        if (register == null) {
            synchronized (BundledRegister.class) {
                register = bundled;
                if (register == null) {
                    register = load(MUNICIPALITIES, COMARQUES);
                    bundled = register;
                }
            }
        }
        return register;
    }

    /**
     * Loads a register from two resources named relative to this class's package.
     *
     * @throws IllegalStateException if a resource is missing or malformed
     */
    static MunicipalityRegister load(String municipalitiesResource, String comarquesResource) {
        Map<IneCode, RegisterEntry> municipalities = new LinkedHashMap<>();
        read(municipalitiesResource, MUNICIPALITIES_HEADER, row -> {
            RegisterEntry entry = new RegisterEntry(IneCode.parse(row[0]), row[1], row[2], row[3], row[4],
                    parseInt(row[5], "population"), parseInt(row[6], "population_year"),
                    Optional.empty(), Optional.empty());
            if (municipalities.put(entry.code(), entry) != null) {
                throw new IllegalArgumentException("INE code '" + entry.code() + "' is given twice");
            }
        });
        Map<IneCode, RegisterEntry> entries = new LinkedHashMap<>(municipalities);
        read(comarquesResource, COMARQUES_HEADER, row -> {
            IneCode code = IneCode.parse(row[0]);
            RegisterEntry municipality = municipalities.get(code);
            if (municipality == null) {
                throw new IllegalArgumentException("INE code '" + code + "' is not in " + municipalitiesResource);
            }
            // The publishers' names differ only in the case of a postposed article ("Alamús, els").
            if (!municipality.name().equalsIgnoreCase(row[1])) {
                throw new IllegalArgumentException("name '" + row[1] + "' of INE code '" + code
                        + "' differs from '" + municipality.name() + "' in " + municipalitiesResource);
            }
            if (entries.get(code).comarca().isPresent()) {
                throw new IllegalArgumentException("INE code '" + code + "' is given twice");
            }
            entries.put(code, new RegisterEntry(code, municipality.name(), municipality.provinceCode(),
                    municipality.province(), municipality.autonomousCommunity(), municipality.population(),
                    municipality.populationYear(), Optional.of(requireNonBlank(row[2], "comarca")),
                    Optional.of(requireNonBlank(row[3], "vegueria"))));
        });
        return new IndexedRegister(entries.values());
    }

    private static void read(String resource, List<String> header, Consumer<String[]> rowReader) {
        try (InputStream in = BundledRegister.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled municipality register resource '" + resource
                        + "' is missing from the class path next to " + BundledRegister.class.getName());
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(reader)) {
                int line = 0;
                while (rows.hasNextValue()) {
                    String[] row = rows.nextValue();
                    line++;
                    if (line == 1) {
                        if (!Arrays.asList(row).equals(header)) {
                            throw malformed(resource, line, "the header is " + Arrays.toString(row)
                                    + ", expected " + header, null);
                        }
                        continue;
                    }
                    if (row.length != header.size()) {
                        throw malformed(resource, line, "the row has " + row.length + " fields, expected "
                                + header.size(), null);
                    }
                    readRow(resource, line, row, rowReader);
                }
                if (line <= 1) {
                    throw malformed(resource, line, "it has no rows", null);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw (IllegalStateException) e;
            }
            throw new IllegalStateException("The bundled municipality register resource '" + resource
                    + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static void readRow(String resource, int line, String[] row, Consumer<String[]> rowReader) {
        try {
            rowReader.accept(row);
        } catch (IllegalArgumentException e) {
            throw malformed(resource, line, e.getMessage(), e);
        }
    }

    private static int parseInt(String text, String column) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + column + " '" + text + "', expected an integer", e);
        }
    }

    private static String requireNonBlank(String text, String column) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("the " + column + " is blank");
        }
        return text;
    }

    private static IllegalStateException malformed(String resource, int line, String problem, Exception cause) {
        return new IllegalStateException("The bundled municipality register resource '" + resource
                + "' is malformed at line " + line + ": " + problem, cause);
    }
}
