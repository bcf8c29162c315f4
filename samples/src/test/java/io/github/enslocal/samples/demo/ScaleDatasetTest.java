// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scale datasets for benchmarks: per-municipality volumes, determinism, independence of municipalities. */
class ScaleDatasetTest {

    private static final List<RegisterEntry> SORIA = MunicipalityRegister.bundled().byProvince("42");
    private static final int MEASURES = MeasureCatalog.bundled().measures().size();

    private static Dataset soria;

    @BeforeAll
    static void generateSoria() {
        soria = DemoDatasetGenerator.forMunicipalities(SORIA, 42L);
    }

    @Test
    void soria_has183Municipalities() {
        assertThat(SORIA).hasSize(183);
        assertThat(soria.municipalities()).hasSize(183);
        assertThat(soria.supportBodies()).singleElement()
                .satisfies(body -> assertThat(body.municipalities()).hasSize(183));
    }

    @Test
    void forMunicipalities_givesTheDefaultVolumesPerMunicipality() {
        assertThat(soria.assets()).hasSize(183 * 60);
        assertThat(soria.systems()).hasSize(183);
        assertThat(soria.assessments()).hasSize(183 * MEASURES);
        assertThat(soria.plans()).hasSize(183);
        assertThat(soria.incidents()).hasSizeBetween(183 * 60 * 9 / 10, 183 * 60 * 11 / 10);
    }

    @Test
    void forMunicipalities_sameSeed_givesEqualDatasets() {
        assertThat(DemoDatasetGenerator.forMunicipalities(SORIA, 42L)).isEqualTo(soria);
    }

    @Test
    void forMunicipalities_differentSeeds_giveDifferentDatasets() {
        Dataset other = DemoDatasetGenerator.forMunicipalities(SORIA, 43L);

        assertThat(other.incidents()).isNotEqualTo(soria.incidents());
        assertThat(other.assets()).isNotEqualTo(soria.assets());
    }

    @Test
    void aMunicipalitysRecords_doNotDependOnTheOthersGeneratedWithIt() {
        RegisterEntry one = SORIA.get(57);
        Dataset alone = DemoDatasetGenerator.forMunicipalities(List.of(one), 42L);

        assertThat(alone.assets()).isEqualTo(soria.assets().stream()
                .filter(asset -> asset.owner().equals(one.code())).toList());
        assertThat(alone.incidents()).isEqualTo(soria.incidents().stream()
                .filter(incident -> incident.municipality().equals(one.code())).toList());
        assertThat(alone.assessments()).isEqualTo(soria.assessments().stream()
                .filter(assessment -> assessment.systemId().equals(alone.systems().get(0).id())).toList());
    }

    @Test
    void everyReference_resolves() {
        Set<IneCode> codes = SORIA.stream().map(RegisterEntry::code).collect(Collectors.toSet());
        Set<String> assetIds = soria.assets().stream().map(Asset::id).collect(Collectors.toSet());

        assertThat(assetIds).hasSize(soria.assets().size());
        assertThat(soria.incidents()).extracting(Incident::id).doesNotHaveDuplicates();
        assertThat(soria.incidents()).allSatisfy(incident -> {
            assertThat(codes).contains(incident.municipality());
            assertThat(assetIds).containsAll(incident.affectedAssetIds());
            assertThat(incident.historyProblems()).isEmpty();
        });
        assertThat(soria.conventions()).singleElement().satisfies(convention -> {
            assertThat(convention.legalIssues()).isEmpty();
            assertThat(convention.municipalitiesServedOn(ScaleVolumes.defaults().period().start()))
                    .containsExactlyInAnyOrderElementsOf(codes);
        });
        assertThat(soria.assessments()).allMatch(assessment -> assessment.hasOnlyOwnReinforcements());
        assertThat(soria.trainingSessions()).allSatisfy(session -> assertThat(codes).containsAll(session.municipalities()));
    }

    @Test
    void forMunicipalities_followsTheVolumesGiven() {
        ScaleVolumes volumes = ScaleVolumes.defaults().withAssetsPerMunicipality(10).withIncidentsPerYear(120)
                .withPeriod(DateRange.parse("2025-01-01/2025-06-30"));

        Dataset small = DemoDatasetGenerator.forMunicipalities(SORIA.subList(0, 10), volumes, 1L);

        assertThat(small.assets()).hasSize(100);
        assertThat(small.incidents()).hasSizeBetween(500, 700)
                .allMatch(incident -> volumes.period().contains(
                        incident.openedAt().atZone(java.time.ZoneId.of("Europe/Madrid")).toLocalDate()));
    }

    @Test
    void forMunicipalities_noMunicipalities_givesAnEmptyDataset() {
        Dataset empty = DemoDatasetGenerator.forMunicipalities(List.of(), 1L);

        assertThat(empty.municipalities()).isEmpty();
        assertThat(empty.incidents()).isEmpty();
        assertThat(empty.assets()).isEmpty();
    }

    @Test
    void forMunicipalities_sameMunicipalityTwice_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoDatasetGenerator.forMunicipalities(List.of(SORIA.get(0), SORIA.get(0)), 1L))
                .withMessageContaining("given twice");
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 60, Invalid assets per municipality -1",
        "60, -0.5, Invalid incidents per year -0.5",
        "60, NaN, Invalid incidents per year NaN",
        "60, Infinity, Invalid incidents per year Infinity"
    })
    void scaleVolumes_badVolumes_areRejected(int assets, double incidents, String message) {
        DateRange period = DateRange.parse("2025-01-01/2025-12-31");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScaleVolumes(assets, incidents, period))
                .withMessageStartingWith(message)
                .withMessageContaining("e.g. 60");
    }
}
