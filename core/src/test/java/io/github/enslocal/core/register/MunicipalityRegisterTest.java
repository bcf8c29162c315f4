// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.MunicipalityKind;
import io.github.enslocal.core.territory.PopulationBand;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityRegisterTest {

    private static final IneCode MANRESA = IneCode.parse("08113");
    private static final IneCode NAVARCLES = IneCode.parse("08140");
    private static final IneCode SANT_FRUITOS_DE_BAGES = IneCode.parse("08213");

    private final MunicipalityRegister register = MunicipalityRegister.bundled();

    @Test
    void bundled_holdsEveryMunicipalityOfTheIne2025List() {
        assertThat(register.size()).isEqualTo(8_132);
        assertThat(register.all()).hasSize(8_132);
    }

    @Test
    void bundled_isLoadedOnceAndShared() {
        assertThat(MunicipalityRegister.bundled()).isSameAs(register);
    }

    @Test
    void bundled_populationsAddUpToTheIne2025Total() {
        long total = register.all().stream().mapToLong(RegisterEntry::population).sum();

        assertThat(total).isEqualTo(49_114_494L);
        assertThat(register.all()).allMatch(entry -> entry.populationYear() == 2025);
    }

    @Test
    void find_manresa_isInBagesInTheProvinceOfBarcelona() {
        RegisterEntry manresa = register.find(MANRESA).orElseThrow();

        assertThat(manresa.name()).isEqualTo("Manresa");
        assertThat(manresa.provinceCode()).isEqualTo("08");
        assertThat(manresa.province()).isEqualTo("Barcelona");
        assertThat(manresa.autonomousCommunity()).isEqualTo("Cataluña");
        assertThat(manresa.population()).isEqualTo(80_974);
        assertThat(manresa.populationYear()).isEqualTo(2025);
        assertThat(manresa.comarca()).contains("Bages");
        assertThat(manresa.vegueria()).contains("Catalunya Central");
    }

    @Test
    void find_municipalityOutsideCatalonia_hasNoComarcaNorVegueria() {
        RegisterEntry valencia = register.find(IneCode.parse("46250")).orElseThrow();

        assertThat(valencia.name()).isEqualTo("València");
        assertThat(valencia.province()).isEqualTo("Valencia/València");
        assertThat(valencia.comarca()).isEmpty();
        assertThat(valencia.vegueria()).isEmpty();
    }

    @Test
    void find_unknownCode_isEmpty() {
        assertThat(register.find(IneCode.parse("08999"))).isEmpty();
        assertThat(register.find(IneCode.parse("52999"))).isEmpty();
    }

    @Test
    void byComarca_bages_hasItsThirtyMunicipalitiesInCodeOrder() {
        List<RegisterEntry> bages = register.byComarca("Bages");

        assertThat(bages).hasSize(30);
        assertThat(bages).extracting(RegisterEntry::code).isSorted()
                .contains(MANRESA, NAVARCLES, SANT_FRUITOS_DE_BAGES);
        assertThat(bages).allMatch(entry -> entry.comarca().equals(Optional.of("Bages")));
    }

    @Test
    void byComarca_ignoresCase() {
        assertThat(register.byComarca("bages")).isEqualTo(register.byComarca("Bages"));
    }

    @Test
    void byComarca_unknownComarca_isEmpty() {
        assertThat(register.byComarca("Bagès")).isEmpty();
    }

    @Test
    void comarcaIsKnownForExactlyTheMunicipalitiesOfCatalonia() {
        List<RegisterEntry> withComarca = register.all().stream()
                .filter(entry -> entry.comarca().isPresent())
                .toList();

        assertThat(withComarca).hasSize(947);
        assertThat(withComarca).allMatch(entry -> entry.autonomousCommunity().equals("Cataluña"));
        assertThat(withComarca).allMatch(entry -> entry.vegueria().isPresent());
        assertThat(register.all().stream().filter(entry -> entry.autonomousCommunity().equals("Cataluña")))
                .hasSize(947);
    }

    @Test
    void comarques_areTheFortyThreeOfIdescatInOrder() {
        assertThat(List.copyOf(register.comarques())).hasSize(43)
                .contains("Bages", "Lluçanès", "Moianès", "Aran")
                .isSorted();
    }

    @Test
    void byProvince_barcelona_hasItsMunicipalitiesInCodeOrder() {
        List<RegisterEntry> barcelona = register.byProvince("08");

        assertThat(barcelona).hasSize(311);
        assertThat(barcelona).extracting(RegisterEntry::code).isSorted();
        assertThat(barcelona).allMatch(entry -> entry.provinceCode().equals("08"));
    }

    @Test
    void byProvince_ceutaAndMelilla_haveOneEach() {
        assertThat(register.byProvince("51")).extracting(RegisterEntry::name).containsExactly("Ceuta");
        assertThat(register.byProvince("52")).extracting(RegisterEntry::name).containsExactly("Melilla");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8", "00", "53", "Barcelona", "'08 '"})
    void byProvince_malformedCode_throwsQuotingIt(String provinceCode) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> register.byProvince(provinceCode))
                .withMessageContaining("'" + provinceCode + "'")
                .withMessageContaining("e.g. '08'");
    }

    @Test
    void all_isInCodeOrderAndUnmodifiable() {
        assertThat(register.all()).extracting(RegisterEntry::code).isSorted().doesNotHaveDuplicates();
        assertThat(register.all()).isUnmodifiable();
    }

    @ParameterizedTest(name = "{0} ~ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "08113 | Manresa",
        "08113 | MANRESA",
        "08113 | manresa",
        "25004 | 'Alamús, Els'",
        "25004 | 'Alamús, els'",
        "25004 | Els Alamús",
        "25004 | els Alamús",
        "08101 | L'Hospitalet de Llobregat",
        "08101 | l'Hospitalet de Llobregat",
        "08101 | 'Hospitalet de Llobregat, L'''",
        "15030 | A Coruña",
        "07059 | Ses Salines",
        "03139 | la Vila Joiosa/Villajoyosa",
        "03139 | 'Vila Joiosa, La/Villajoyosa'",
        "17048 | 'Castell d''Aro, Platja d''Aro i s''Agaró'",
        "46250 | València",
    })
    void nameAgrees_officialOrDisplayForm_agrees(String code, String displayName) {
        assertThat(register.nameAgrees(IneCode.parse(code), displayName)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "08113 | 'Manresa '",
        "08113 | ' Manresa'",
        "08113 | Manresà",
        "08113 | Navarcles",
        "08113 | ''",
        "25004 | Alamús",
        "25004 | 'Els  Alamús'",
        "25004 | Les Alamús",
        "25004 | 'Alamús, Les'",
        "08101 | L' Hospitalet de Llobregat",
        "08101 | L’Hospitalet de Llobregat",
        "08101 | Hospitalet de Llobregat",
        "03139 | Villajoyosa",
        "03139 | la Vila Joiosa",
        "17048 | Platja d'Aro i s'Agaró Castell d'Aro",
        "46250 | Valencia",
        "08999 | Manresa",
    })
    void nameAgrees_anyOtherDifference_disagrees(String code, String displayName) {
        assertThat(register.nameAgrees(IneCode.parse(code), displayName)).isFalse();
    }

    @Test
    void toMunicipality_copiesTheEntryAsAMunicipality() {
        Municipality navarcles = register.find(NAVARCLES).orElseThrow().toMunicipality();

        assertThat(navarcles).isEqualTo(new Municipality(NAVARCLES, "Navarcles", "Barcelona",
                Optional.of("Bages"), 6_276, 2025, MunicipalityKind.MUNICIPALITY, Optional.empty()));
        assertThat(navarcles.populationBand()).isEqualTo(PopulationBand.UP_TO_20_000);
    }

    @Test
    void of_duplicateCode_throwsQuotingIt() {
        RegisterEntry manresa = register.find(MANRESA).orElseThrow();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MunicipalityRegister.of(List.of(manresa, manresa)))
                .withMessageContaining("'08113'");
    }

    @Test
    void of_someEntries_indexesThem() {
        MunicipalityRegister bages = MunicipalityRegister.of(register.byComarca("Bages"));

        assertThat(bages.size()).isEqualTo(30);
        assertThat(bages.comarques()).containsExactly("Bages");
        assertThat(bages.byProvince("08")).hasSize(30);
        assertThat(bages.byProvince("17")).isEmpty();
        assertThat(bages.find(IneCode.parse("46250"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing.csv                         | comarques-cat.csv | 'missing.csv' is missing",
        "malformed/header.csv                | comarques-cat.csv | 'malformed/header.csv' is malformed at line 1",
        "malformed/short-row.csv             | comarques-cat.csv | at line 3: the row has 6 fields, expected 7",
        "malformed/bad-code.csv              | comarques-cat.csv | at line 2: Invalid INE code '8113'",
        "malformed/bad-population.csv        | comarques-cat.csv | at line 2: Invalid population 'many'",
        "malformed/duplicate.csv             | comarques-cat.csv | at line 3: INE code '08113' is given twice",
        "malformed/province-mismatch.csv     | comarques-cat.csv | at line 2: Invalid province code '17'",
        "malformed/header-only.csv           | comarques-cat.csv | it has no rows",
        "malformed/bages.csv                 | malformed/comarca-unknown-code.csv | at line 3: INE code '08140' is not in",
        "malformed/bages.csv                 | malformed/comarca-name-differs.csv | name 'Manresa del Bages'",
    })
    void load_missingOrMalformedResource_failsClearly(String municipalities, String comarques, String message) {
        assertThatIllegalStateException()
                .isThrownBy(() -> BundledRegister.load(municipalities, comarques))
                .withMessageContaining("The bundled municipality register resource")
                .withMessageContaining(message);
    }

    @Test
    void load_smallWellFormedResources_joinsTheComarca() {
        MunicipalityRegister small = BundledRegister.load("malformed/bages.csv", "malformed/bages-comarca.csv");

        assertThat(small.size()).isEqualTo(1);
        assertThat(small.find(MANRESA).flatMap(RegisterEntry::comarca)).contains("Bages");
    }
}
