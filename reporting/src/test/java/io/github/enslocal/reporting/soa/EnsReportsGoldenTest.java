// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.ReportWriter;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus;
import io.github.enslocal.reporting.plan.AdequacyPlanStatusWriters;
import io.github.enslocal.reporting.plan.PlanTable;
import io.github.enslocal.reporting.sample.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format and language of the Declaración de Aplicabilidad and of the adequacy plan status
 * writes the fixture's report byte for byte as its golden file, named after the report's file stem
 * ({@code declaracion-aplicabilidad*} and {@code adequacy-plan*}).
 */
class EnsReportsGoldenTest {

    @TempDir
    Path directory;

    /** Writes one report in one format and language to a file. */
    @FunctionalInterface
    interface Output {
        void writeTo(Path file) throws IOException;
    }

    static Stream<Arguments> outputs() {
        return outputs(EnsFixture::declaration,
                () -> AdequacyPlanStatus.forSystem(EnsFixture.dataset(), EnsFixture.SYSTEM, EnsFixture.AS_OF));
    }

    /** Returns every output of the two reports, as golden file name and {@link Output}, built by the suppliers. */
    static Stream<Arguments> outputs(Supplier<DeclaracionDeAplicabilidad> declaration, Supplier<AdequacyPlanStatus> plan) {
        List<Arguments> outputs = new ArrayList<>();
        add(outputs, "declaracion-aplicabilidad", declaration, DeclaracionDeAplicabilidadWriters::of,
                SoaTable.values(), DeclaracionDeAplicabilidadWriters::csv);
        add(outputs, "adequacy-plan", plan, AdequacyPlanStatusWriters::of, PlanTable.values(), AdequacyPlanStatusWriters::csv);
        return outputs.stream();
    }

    private static <M, T extends Enum<T>> void add(List<Arguments> outputs, String prefix, Supplier<M> model,
            Function<ReportFormat, ReportWriter<M>> writers, T[] tables,
            BiFunction<ReportFormat, T, ReportWriter<M>> csv) {
        outputs.add(output(prefix + ".json", writers.apply(ReportFormat.JSON), model, ReportLanguage.CA));
        for (ReportLanguage language : ReportLanguage.values()) {
            outputs.add(output(prefix + "-" + language.tag() + ".md", writers.apply(ReportFormat.MARKDOWN), model, language));
            outputs.add(output(prefix + "-" + language.tag() + ".html", writers.apply(ReportFormat.HTML), model, language));
        }
        for (T table : tables) {
            String name = prefix + "-" + table.name().toLowerCase(Locale.ROOT).replace('_', '-');
            outputs.add(output(name + "-ca.csv", csv.apply(ReportFormat.CSV, table), model, ReportLanguage.CA));
            outputs.add(output(name + "-es-excel.csv", csv.apply(ReportFormat.CSV_EXCEL, table), model, ReportLanguage.ES));
        }
    }

    private static <M> Arguments output(String golden, ReportWriter<M> writer, Supplier<M> model, ReportLanguage language) {
        return Arguments.of(golden, (Output) file -> writer.write(model.get(), language, file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void write_fixture_matchesGoldenFile(String golden, Output output) throws IOException {
        Path file = directory.resolve(golden);

        output.writeTo(file);

        GoldenFiles.assertMatches(golden, Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0} twice gives the same bytes")
    @MethodSource("outputs")
    void write_fixtureBuiltTwice_givesSameBytes(String golden, Output output) throws IOException {
        Path first = directory.resolve("first-" + golden);
        Path second = directory.resolve("second-" + golden);

        output.writeTo(first);
        output.writeTo(second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
