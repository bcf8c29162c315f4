// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import static io.github.enslocal.core.system.NavarclesSystems.EXPEDIENTS;
import static io.github.enslocal.core.system.NavarclesSystems.SHARED_MAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.Dimension;
import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.core.ens.SecurityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class InformationSystemTest {

    @Test
    void constructor_nullValues_becomeEmpty() {
        assertThat(SHARED_MAIL.description()).isEmpty();
        assertThat(SHARED_MAIL.information()).isEmpty();
        assertThat(SHARED_MAIL.services()).isEmpty();
        assertThat(SHARED_MAIL.assetIds()).isEmpty();
        assertThat(SHARED_MAIL.roles()).isEqualTo(SystemRoles.none());
        assertThat(SHARED_MAIL.policyApprovalDate()).isEmpty();
        assertThat(SHARED_MAIL.riskAnalysisDate()).isEmpty();
        assertThat(SHARED_MAIL.categorisationReviewDate()).isEmpty();
        assertThat(SHARED_MAIL.declaredCategory()).isEmpty();
        assertThat(SHARED_MAIL.lastAudit()).isEmpty();
    }

    @Test
    void constructor_assetIds_areKeptSorted() {
        assertThat(EXPEDIENTS.assetIds()).containsExactly("nav-lt-007", "nav-pc-012", "nav-srv-01");
    }

    @Test
    void constructor_copiesTheValuations() {
        List<InformationValuation> information = new ArrayList<>(EXPEDIENTS.information());
        InformationSystem system = new InformationSystem("s", "S", null, EXPEDIENTS.owner(), information,
                null, null, null, null, null, null, null, null);

        information.clear();

        assertThat(system.information()).hasSize(2);
    }

    @Test
    void aggregatedLevels_takesTheHighestLevelPerDimensionOverInformationAndServices() {
        assertThat(EXPEDIENTS.aggregatedLevels()).isEqualTo(DimensionLevels.parse("C=MEDIO,I=MEDIO,T=MEDIO,A=MEDIO,D=BAJO"));
    }

    @Test
    void aggregatedLevels_dimensionNoValuationAssigns_staysUnassigned() {
        InformationSystem onlyConfidentiality = withValuations(
                List.of(DimensionLevels.parse("C=BAJO")), List.of(DimensionLevels.none()));

        assertThat(onlyConfidentiality.aggregatedLevels().assigned()).containsExactly(Dimension.CONFIDENTIALITY);
        assertThat(onlyConfidentiality.aggregatedLevels().level(Dimension.AVAILABILITY)).isEmpty();
    }

    @Test
    void aggregatedLevels_noValuations_isNone() {
        assertThat(SHARED_MAIL.aggregatedLevels()).isEqualTo(DimensionLevels.none());
    }

    @Property
    void aggregatedLevels_isTheLeastUpperBoundOfEveryValuation(
            @ForAll("levels") @Size(max = 4) List<DimensionLevels> information,
            @ForAll("levels") @Size(max = 4) List<DimensionLevels> services) {
        DimensionLevels aggregated = withValuations(information, services).aggregatedLevels();
        List<DimensionLevels> all = Stream.concat(information.stream(), services.stream()).toList();

        for (Dimension dimension : Dimension.values()) {
            Optional<SecurityLevel> level = aggregated.level(dimension);
            for (DimensionLevels valuation : all) {
                valuation.level(dimension).ifPresent(own ->
                        assertThat(level).hasValueSatisfying(max -> assertThat(max.isAtLeast(own)).isTrue()));
            }
            level.ifPresent(max -> assertThat(all).anySatisfy(
                    valuation -> assertThat(valuation.level(dimension)).contains(max)));
        }
    }

    @Provide
    Arbitrary<List<DimensionLevels>> levels() {
        return Arbitraries.maps(Arbitraries.of(Dimension.class), Arbitraries.of(SecurityLevel.class))
                .ofMaxSize(5)
                .map(DimensionLevels::of)
                .list();
    }

    private static InformationSystem withValuations(List<DimensionLevels> information, List<DimensionLevels> services) {
        return new InformationSystem("nav-sis-prova", "Sistema de prova", null, EXPEDIENTS.owner(),
                information.stream().map(levels -> new InformationValuation("Informació", levels)).toList(),
                services.stream().map(levels -> new ServiceValuation("Servei", levels)).toList(),
                null, null, null, null, null, null, null);
    }
}
