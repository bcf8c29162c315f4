// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.territory.IneCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the generated prose names a town hall, and which category its valuations reach. */
class TownTest {

    private static Town town(String code) {
        return new Town(0, MunicipalityRegister.bundled().find(IneCode.parse(code)).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "08141 | de Navàs                        | NAVAS",
        "08010 | d'Artés                         | ARTES",
        "08002 | d'Aguilar de Segarra            | AGUILARDES",
        "08182 | del Pont de Vilomara i Rocafort | ELPONTDEVI"
    })
    void ofNameAndHostLabel_followCatalanAndAscii(String code, String ofName, String host) {
        assertThat(town(code).ofName()).isEqualTo(ofName);
        assertThat(town(code).hostLabel()).isEqualTo(host);
    }

    @ParameterizedTest
    @CsvSource({"08141, MEDIA", "08047, BASICA", "08090, BASICA"})
    void category_isMediaAbove5000Inhabitants(String code, Category category) {
        assertThat(town(code).category()).isEqualTo(category);
    }
}
