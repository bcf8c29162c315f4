// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.enslocal.ens.catalog.CatalogFormatException;
import io.github.enslocal.ens.catalog.Column;
import io.github.enslocal.ens.catalog.Measure;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import io.github.enslocal.ens.catalog.Reinforcement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled catalog against the AEAD OSCAL catalogue of Anexo II (rev 10), which the
 * tests carry as a resource with its EUPL-1.2 licence beside it; it is not shipped with the library.
 */
class OscalCatalogReaderTest {

    private static final String RESOURCE = "ENS_Anexo_II_rev_10.json";
    private static final MeasureCatalog BUNDLED = MeasureCatalog.bundled();

    private static MeasureCatalog oscal;

    @BeforeAll
    static void readTheOfficialOscalCatalog() throws IOException {
        try (InputStream in = OscalCatalogReaderTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + RESOURCE + " is missing beside "
                        + OscalCatalogReaderTest.class.getName());
            }
            oscal = OscalCatalogReader.read(in, RESOURCE);
        }
    }

    private static MeasureCatalog oscal() {
        return oscal;
    }

    @Test
    void readsTheMetadata() {
        assertThat(oscal().dataVersion()).isEqualTo("1.0.0");
        assertThat(oscal().sourceReference())
                .isEqualTo("ENS (2022) – Catálogo OSCAL: ANEXO II – Medidas de Seguridad (BOE-A-2022-7191)");
    }

    @Test
    void agreesWithTheBundledCatalogOnTheMeasuresAndTheirOrder() {
        assertThat(oscal().measures()).extracting(Measure::id)
                .containsExactlyElementsOf(BUNDLED.measures().stream().map(Measure::id).toList());
        assertThat(oscal().groups()).containsExactlyElementsOf(BUNDLED.groups());
    }

    @Test
    void agreesWithTheBundledCatalogOnEveryMeasure() {
        List<String> disagreements = new ArrayList<>();
        for (Measure expected : BUNDLED.measures()) {
            Measure actual = oscal().get(expected.id());
            if (!expected.name().equals(actual.name()) && !expected.alternativeNames().contains(actual.name())) {
                disagreements.add(expected.id() + " name '" + actual.name() + "'");
            }
            if (!expected.group().equals(actual.group()) || !expected.basis().equals(actual.basis())) {
                disagreements.add(expected.id() + " group or basis " + actual.group() + " " + actual.basis());
            }
            for (Column column : Column.values()) {
                if (!expected.requirement(column).equals(actual.requirement(column))) {
                    disagreements.add(expected.id() + " " + column + " '" + actual.requirement(column)
                            + "', bundled '" + expected.requirement(column) + "'");
                }
            }
        }

        assertThat(disagreements).isEmpty();
    }

    @Test
    void agreesWithTheBundledCatalogOnEveryReinforcement() {
        assertThat(oscal().reinforcements()).hasSize(133);
        assertThat(oscal().reinforcements()).containsExactlyElementsOf(BUNDLED.reinforcements());
        assertThat(oscal().reinforcements().stream().filter(Reinforcement::isOptional)).hasSize(41);
    }

    @Test
    void read_documentWithoutCatalog_listsTheProblem() {
        assertThatThrownBy(() -> OscalCatalogReader.read(
                new ByteArrayInputStream("{\"profile\": {}}".getBytes(StandardCharsets.UTF_8)), "profile.json"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessage("Invalid profile.json (1 problem):\n  - catalog: expected an object");
    }
}
