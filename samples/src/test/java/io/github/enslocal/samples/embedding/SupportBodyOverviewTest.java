// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.samples.DemoData;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportBodyOverviewTest {

    @Test
    void demo_printsOneLinePerMunicipalityInCodeOrderAndTheTotal() {
        StringWriter out = new StringWriter();

        SupportBodyOverview.print(DemoData.dataset(), DemoDatasetGenerator.AS_OF, new PrintWriter(out));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1 + DemoDatasetGenerator.BAGES_SERVED + 1);
        assertThat(lines.get(0)).matches("INE +Municipality +Category +Compliance +Zone");
        assertThat(lines.get(1)).matches("08002 +Aguilar de Segarra +BÁSICA +71\\.2 % +RED");
        assertThat(lines).anyMatch(line -> line.matches("08141 +Navàs +MEDIA +65\\.7 % +RED"))
                .anyMatch(line -> line.matches("08274 +Súria +MEDIA +89\\.6 % +YELLOW"));
        assertThat(lines.get(lines.size() - 1)).matches(" +Total +81\\.5 % +RED");
        List<String> codes = lines.subList(1, lines.size() - 1).stream().map(line -> line.substring(0, 5)).toList();
        assertThat(codes).isSorted().allMatch(code -> code.startsWith("08"));
    }
}
