// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.enslocal.core.register.MunicipalityRegister;
import io.github.enslocal.core.register.RegisterEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityNameTest {

    private static final List<RegisterEntry> REGISTER = MunicipalityRegister.bundled().all();

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "08182 | 'Pont de Vilomara i Rocafort, El' | el Pont de Vilomara i Rocafort",
        "08005 | 'Ametlla del Vallès, L''' | l'Ametlla del Vallès",
        "08162 | 'Hostalets de Pierola, Els' | els Hostalets de Pierola",
        "25057 | 'Bòrdes, Es' | Es Bòrdes",
        "02035 | 'Gineta, La' | La Gineta",
        "03139 | 'Vila Joiosa, la/Villajoyosa' | la Vila Joiosa/Villajoyosa",
        "07044 | 'Pobla, Sa' | Sa Pobla",
        "15066 | 'Pino, O' | O Pino",
        "17048 | 'Castell d''Aro, Platja d''Aro i s''Agaró' | 'Castell d''Aro, Platja d''Aro i s''Agaró'",
        "08113 | Manresa | Manresa",
        "08182 | el Pont de Vilomara i Rocafort | el Pont de Vilomara i Rocafort",
    })
    void natural_registerOrNaturalForm_givesTheNaturalForm(String code, String name, String natural) {
        assertThat(MunicipalityName.natural(IneCode.parse(code), name)).isEqualTo(natural);
    }

    @Test
    void postposedArticles_areExactlyTheOneWordSuffixesOfTheRegistersNames() {
        Set<String> suffixes = new TreeSet<>();
        Set<String> otherSuffixes = new TreeSet<>();
        for (RegisterEntry entry : REGISTER) {
            for (String half : entry.name().split("/", -1)) {
                int comma = half.lastIndexOf(", ");
                if (comma >= 0) {
                    String suffix = half.substring(comma + 2);
                    (suffix.contains(" ") ? otherSuffixes : suffixes).add(suffix.toLowerCase(Locale.ROOT));
                }
            }
        }

        assertThat(REGISTER).hasSize(8_132);
        assertThat(MunicipalityName.postposedArticles()).containsExactlyInAnyOrderElementsOf(suffixes);
        assertThat(otherSuffixes).containsExactly("camallera i llampaies", "monells i sant sadurní de l'heura",
                "platja d'aro i s'agaró");
    }

    @Test
    void natural_everyRegisterName_leavesNoPostposedArticleAndIsStable() {
        for (RegisterEntry entry : REGISTER) {
            String natural = MunicipalityName.natural(entry.code(), entry.name());

            for (String half : natural.split("/", -1)) {
                int comma = half.lastIndexOf(", ");
                String suffix = comma < 0 ? "" : half.substring(comma + 2).toLowerCase(Locale.ROOT);
                assertThat(MunicipalityName.postposedArticles()).as(entry.name()).doesNotContain(suffix);
            }
            assertThat(MunicipalityName.natural(entry.code(), natural)).as(entry.name()).isEqualTo(natural);
            assertThat(entry.nameAgrees(natural)).as(entry.name()).isTrue();
        }
    }

    @Test
    void natural_everyMunicipalityOfCatalonia_writesTheArticleAsIdescatDoes() throws IOException {
        Map<String, String> idescat = idescatNames();
        assertThat(idescat).hasSize(947);
        for (RegisterEntry entry : REGISTER) {
            String idescatName = idescat.get(entry.code().toString());
            if (idescatName != null) {
                int comma = idescatName.lastIndexOf(", ");
                String suffix = comma < 0 ? "" : idescatName.substring(comma + 2);
                String expected = !MunicipalityName.postposedArticles().contains(suffix.toLowerCase(Locale.ROOT))
                        ? idescatName
                        : suffix + (suffix.endsWith("'") ? "" : " ") + idescatName.substring(0, comma);

                assertThat(MunicipalityName.natural(entry.code(), entry.name())).isEqualTo(expected);
            }
        }
    }

    @Test
    void natural_nullArgument_throws() {
        assertThatNullPointerException().isThrownBy(() -> MunicipalityName.natural(null, "Manresa"));
        assertThatNullPointerException().isThrownBy(() -> MunicipalityName.natural(IneCode.parse("08113"), null));
    }

    /** Reads Idescat's names from the bundled comarca list: code, then the name, quoted when it holds a comma. */
    private static Map<String, String> idescatNames() throws IOException {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(MunicipalityNameTest.class.getResourceAsStream(
                "/io/github/enslocal/core/register/comarques-cat.csv"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rest = line.substring(6);
                String name = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1))
                        : rest.substring(0, rest.indexOf(','));
                names.put(line.substring(0, 5), name);
            }
        }
        return names;
    }
}
