// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.samples.ExampleDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class EvaluateOneSystemTest {

    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    @Test
    void navarcles_printsItsCategoryIndicesAndTheMeasuresNotMet() throws IOException {
        String output = run(IneCode.parse("08140"), END_OF_2025);

        assertThat(output.lines().limit(2)).containsExactly(
                "Administració electrònica de Navarcles: MEDIA because C=MEDIO and I=MEDIO and A=MEDIO are the highest"
                        + " levels",
                "compliance 2/65, maturity 10/325, zone RED");
        assertThat(output).contains("  op.acc.6 PARTIALLY_COMPLIANT: declared L2 below required L3 (MEDIA);"
                        + " missing R5, R8, R9\n")
                .contains("  op.exp.4 NOT_ASSESSED: no assessment dated on or before the evaluation; required L3 (MEDIA);"
                        + " 2 desktops out of vendor support (nav-pc-01, nav-pc-02)")
                .doesNotContain("org.1 ", " COMPLIANT:", "NOT_APPLICABLE");
        assertThat(output.lines().skip(2)).hasSize(65 - 2).allMatch(line -> line.startsWith("  "));
    }

    @Test
    void callus_isBasica() throws IOException {
        String output = run(IneCode.parse("08038"), END_OF_2025);

        assertThat(output).startsWith("Administració electrònica de Callús: BÁSICA because ")
                .contains("compliance 0/51, maturity 0/255, zone RED\n");
    }

    @Test
    void municipalityWithoutASystem_fails() {
        assertThatThrownBy(() -> run(IneCode.parse("08113"), END_OF_2025)).isInstanceOf(NoSuchElementException.class);
    }

    private static String run(IneCode municipality, LocalDate asOf) throws IOException {
        StringWriter out = new StringWriter();
        EvaluateOneSystem.print(ExampleDataset.PATH, municipality, asOf, new PrintWriter(out));
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
