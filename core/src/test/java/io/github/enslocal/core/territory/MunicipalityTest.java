// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final IneCode MANRESA_CODE = IneCode.parse("08113");
    private static final IneCode NAVARCLES_CODE = IneCode.parse("08140");
    private static final Municipality MANRESA = new Municipality(MANRESA_CODE, "Manresa", "Barcelona",
            Optional.of("Bages"), 80_974, 2025, MunicipalityKind.MUNICIPALITY, Optional.empty());
    private static final Municipality NAVARCLES = new Municipality(NAVARCLES_CODE, "Navarcles", "Barcelona",
            Optional.of("Bages"), 6_276, 2025, MunicipalityKind.MUNICIPALITY, Optional.empty());

    @Test
    void populationBand_followsThePopulation() {
        assertThat(MANRESA.populationBand()).isEqualTo(PopulationBand.OVER_75_000);
        assertThat(NAVARCLES.populationBand()).isEqualTo(PopulationBand.UP_TO_20_000);
        assertThat(withPopulation(20_000).populationBand()).isEqualTo(PopulationBand.UP_TO_20_000);
        assertThat(withPopulation(20_001).populationBand()).isEqualTo(PopulationBand.UP_TO_75_000);
    }

    @Test
    void constructor_nullOptionalsAndKind_areNormalised() {
        Municipality municipality = new Municipality(NAVARCLES_CODE, "Navarcles", "Barcelona", null, 6_276, 2025,
                null, null);

        assertThat(municipality).isEqualTo(new Municipality(NAVARCLES_CODE, "Navarcles", "Barcelona",
                Optional.empty(), 6_276, 2025, MunicipalityKind.MUNICIPALITY, Optional.empty()));
        assertThat(municipality.isEmd()).isFalse();
    }

    @Test
    void validation_wellFormedMunicipality_hasNoViolation() {
        assertThat(Violations.of(MANRESA)).isEmpty();
    }

    @Test
    void validation_wellFormedEmd_hasNoViolation() {
        Municipality emd = emd(Optional.of(NAVARCLES_CODE));

        assertThat(emd.isEmd()).isTrue();
        assertThat(Violations.of(emd)).isEmpty();
    }

    @Test
    void validation_badValues_reportsEveryViolationWithoutThrowingEarlier() {
        Municipality bad = new Municipality(null, " ", "", Optional.of(""), -1, 0, null, Optional.of(MANRESA_CODE));

        assertThat(Violations.of(bad)).containsExactly(
                "code: must not be null",
                "comarca: must not be blank",
                "name: must not be blank",
                "parentConsistentWithKind: an EMD must name its parent municipality, other than itself, "
                        + "and a municipality must name none",
                "population: must be greater than or equal to 0",
                "populationYear: must be greater than 0",
                "province: must not be blank");
    }

    @Test
    void validation_emdWithoutParent_isReported() {
        assertThat(Violations.of(emd(Optional.empty())))
                .singleElement().asString().startsWith("parentConsistentWithKind:");
    }

    @Test
    void validation_emdThatIsItsOwnParent_isReported() {
        assertThat(Violations.of(emd(Optional.of(IneCode.parse("08901")))))
                .singleElement().asString().startsWith("parentConsistentWithKind:");
    }

    private static Municipality withPopulation(int population) {
        return new Municipality(NAVARCLES_CODE, "Navarcles", "Barcelona", Optional.of("Bages"), population, 2025,
                MunicipalityKind.MUNICIPALITY, Optional.empty());
    }

    private static Municipality emd(Optional<IneCode> parent) {
        return new Municipality(IneCode.parse("08901"), "Entitat de prova", "Barcelona", Optional.of("Bages"), 450,
                2025, MunicipalityKind.EMD, parent);
    }
}
