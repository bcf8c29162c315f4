// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.soa;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.reporting.plan.AdequacyPlanStatus;
import io.github.enslocal.reporting.sample.ConcurrentRendering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Declaración de Aplicabilidad and the adequacy plan status, evaluated and written from eight
 * threads on one shared dataset (and the bundled catalog every evaluation shares), or written from
 * one shared model.
 */
class EnsReportsConcurrencyTest {

    @TempDir
    Path directory;

    @Test
    void evaluateAndWrite_everyOutputFromEightThreadsOnASharedDataset_givesTheSingleThreadedBytes() throws Exception {
        Dataset shared = EnsFixture.dataset();

        ConcurrentRendering.assertSameBytesAsSingleThreaded(renderings("",
                () -> EnsFixture.declare(shared, EnsFixture.SYSTEM, EnsFixture.AS_OF),
                () -> AdequacyPlanStatus.forSystem(shared, EnsFixture.SYSTEM, EnsFixture.AS_OF)));
    }

    @Test
    void write_everyOutputFromEightThreadsOfASharedModel_givesTheSingleThreadedBytes() throws Exception {
        DeclaracionDeAplicabilidad declaration = EnsFixture.declaration();
        AdequacyPlanStatus plan = AdequacyPlanStatus.forSystem(EnsFixture.dataset(), EnsFixture.SYSTEM, EnsFixture.AS_OF);

        ConcurrentRendering.assertSameBytesAsSingleThreaded(renderings("shared-", () -> declaration, () -> plan));
    }

    private Map<String, ConcurrentRendering.Rendering> renderings(String prefix,
            Supplier<DeclaracionDeAplicabilidad> declaration, Supplier<AdequacyPlanStatus> plan) {
        Map<String, ConcurrentRendering.Rendering> renderings = new LinkedHashMap<>();
        EnsReportsGoldenTest.outputs(declaration, plan).forEach(arguments -> {
            String name = (String) arguments.get()[0];
            EnsReportsGoldenTest.Output output = (EnsReportsGoldenTest.Output) arguments.get()[1];
            renderings.put(name, thread -> {
                Path file = Files.createDirectories(directory.resolve(prefix + "thread-" + thread)).resolve(name);
                output.writeTo(file);
                return Files.readAllBytes(file);
            });
        });
        return renderings;
    }
}
