// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.system.Person;
import java.util.List;
import java.util.Optional;

/**
 * Fictitious people with plausible Catalan names, built from common given names and surnames
 * drawn at random. They name no real official: no name is taken from any municipality's staff.
 */
final class People {

    private static final List<String> WOMEN = List.of("Montserrat", "Núria", "Laia", "Marta", "Anna", "Mireia",
            "Roser", "Glòria", "Meritxell", "Queralt", "Txell", "Neus", "Carme", "Elisenda", "Berta", "Judit");
    private static final List<String> MEN = List.of("Jordi", "Joan", "Pere", "Oriol", "Marc", "Xavier", "Ramon",
            "Jaume", "Albert", "Pau", "Arnau", "Sergi", "Lluís", "Quim", "Gerard", "Eudald");
    private static final List<String> SURNAMES = List.of("Vilà", "Puig", "Soler", "Casals", "Serra", "Bosch",
            "Pujol", "Vidal", "Font", "Riera", "Sala", "Comas", "Prat", "Roca", "Camps", "Solà", "Vilaseca",
            "Castells", "Farrés", "Planas", "Torrents", "Clotet", "Sallés", "Grau", "Badia", "Rovira", "Masana",
            "Cirera", "Bonals", "Estruch");

    private People() {
    }

    /** A fictitious person: given name, two surnames joined by "i", with a grammatical gender for positions. */
    record Someone(String name, boolean woman) {

        Person as(String masculinePosition, String femininePosition) {
            String position = woman ? femininePosition : masculinePosition;
            return new Person(name, Optional.of(position), Optional.empty());
        }
    }

    static Someone someone(Dice dice) {
        boolean woman = dice.chance(0.5);
        String given = dice.pick(woman ? WOMEN : MEN);
        String first = dice.pick(SURNAMES);
        String second = dice.pick(SURNAMES);
        while (second.equals(first)) {
            second = dice.pick(SURNAMES);
        }
        return new Someone(given + " " + first + " i " + second, woman);
    }
}
