// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.operations;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.sample.ConcurrentRendering;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations reports written from eight threads on one shared dataset. */
class OperationsConcurrencyTest {

    @TempDir
    Path directory;

    @Test
    void write_everyReportFromEightThreadsOnASharedDataset_givesTheSingleThreadedBytes() throws Exception {
        Dataset shared = OperationsFixture.dataset();
        Map<String, ConcurrentRendering.Rendering> renderings = new LinkedHashMap<>();
        for (Object[] output : OperationsReports.outputs()) {
            OperationsReports report = (OperationsReports) output[0];
            ReportFormat format = (ReportFormat) output[1];
            ReportLanguage language = (ReportLanguage) output[2];
            String name = (String) output[3];
            renderings.put(name, thread -> report.write(shared, format, language).getBytes(StandardCharsets.UTF_8));
            renderings.put(name + " to a file", thread -> {
                Path file = Files.createDirectories(directory.resolve("thread-" + thread)).resolve(name);
                report.write(shared, format, language, file);
                return Files.readAllBytes(file);
            });
        }

        ConcurrentRendering.assertSameBytesAsSingleThreaded(renderings);
    }
}
