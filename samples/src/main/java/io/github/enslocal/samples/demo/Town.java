// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.demo;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.register.RegisterEntry;
import io.github.enslocal.core.territory.IneCode;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A municipality as the generator sees it: its register entry, its rank, and the names the
 * generated prose uses.
 *
 * <p>The rank places the deliberate gaps (every eighth town's officers, every ninth policy...) so
 * that they do not depend on the seed. In the demo it is the town's position by population, from
 * 0; in scale mode it is derived from the INE code, so that a town's records do not depend on the
 * other towns generated with it.
 *
 * @param rank a number from 0 that places the deliberate gaps
 * @param entry the register entry, whose code, name and population are real
 */
record Town(int rank, RegisterEntry entry) {

    private static final int SCALE_RANKS = 997;

    /** Returns the town of a scale dataset, ranked by its INE code. */
    static Town ranked(RegisterEntry entry) {
        return new Town(Math.floorMod(entry.code().value().hashCode(), SCALE_RANKS), entry);
    }

    /** Above this population the generated valuations reach MEDIO: a rule of this generator, not of the ENS. */
    static final int MEDIA_ABOVE = 5_000;

    IneCode code() {
        return entry.code();
    }

    int population() {
        return entry.population();
    }

    /**
     * Returns the category the generated valuations give: MEDIA above 5,000 inhabitants, BÁSICA
     * otherwise. A rule of this generator, not of the ENS.
     */
    Category category() {
        return population() > MEDIA_ABOVE ? Category.MEDIA : Category.BASICA;
    }

    /** Returns the name in running text, with a postposed article moved to the front: "el Pont de Vilomara i Rocafort". */
    String displayName() {
        return entry.naturalName();
    }

    /** Returns "de Navàs", "d'Artés" or "del Pont de Vilomara i Rocafort", as Catalan contracts the preposition. */
    String ofName() {
        String name = displayName();
        if (name.startsWith("el ")) {
            return "del " + name.substring(3);
        }
        if (name.startsWith("els ")) {
            return "dels " + name.substring(4);
        }
        String first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
        return "AEIOUaeiou".contains(first) || name.startsWith("H") ? "d'" + name : "de " + name;
    }

    /** Returns an upper-case ASCII label for host names: "NAVAS", "SANTSALVAD". */
    String hostLabel() {
        String ascii = Normalizer.normalize(displayName(), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        String upper = ascii.toUpperCase(Locale.ROOT);
        return upper.length() <= 10 ? upper : upper.substring(0, 10);
    }
}
