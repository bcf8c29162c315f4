// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

    @Test
    void constructor_nullOptionals_becomeEmpty() {
        Person person = new Person("Jordi Soler i Riba", null, null);

        assertThat(person.position()).isEmpty();
        assertThat(person.email()).isEmpty();
        assertThat(person).isEqualTo(Person.named("Jordi Soler i Riba"));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Montserrat Vila i Puig     | montserrat vila i puig",
        "' Montserrat  Vilà i Puig '| montserrat vila i puig",
        "MONTSERRAT VILÀ I PUIG     | montserrat vila i puig",
        "Núria Ferrer-Bosch         | nuria ferrer-bosch",
        "'Pere\tCasals   Sala'      | pere casals sala",
    })
    void normalisedName_dropsAccentsCaseAndExtraSpace(String name, String expected) {
        assertThat(Person.named(name).normalisedName()).isEqualTo(expected);
    }

    /** The loops give what the regular expressions gave, marks, spaces and controls included. */
    @Property(tries = 500)
    void normalisedName_equalsFullNormalisation(@ForAll @NotBlank
            @CharRange(from = '\u0000', to = '\u007f')
            @Chars({'à', 'Ç', 'ñ', '\u0301', '\u0327', '\u20dd', '\u0903', '\u00a0', '\u2003', '\u001c'}) String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String expected = decomposed.replaceAll("\\p{M}+", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);

        assertThat(Person.named(name).normalisedName()).isEqualTo(expected);
    }

    @Test
    void isSamePersonAs_sameNameWrittenDifferently_isTrue() {
        Person asSecretary = new Person("Montserrat Vilà i Puig", Optional.of("Secretària-interventora"),
                Optional.of("mvila@navarcles.cat"));
        Person inTheMinutes = Person.named("montserrat vila i puig");

        assertThat(asSecretary.isSamePersonAs(inTheMinutes)).isTrue();
        assertThat(inTheMinutes.isSamePersonAs(asSecretary)).isTrue();
    }

    @Test
    void isSamePersonAs_differentNames_isFalse() {
        assertThat(Person.named("Montserrat Vila i Puig").isSamePersonAs(Person.named("Montserrat Vila i Prat")))
                .isFalse();
    }
}
