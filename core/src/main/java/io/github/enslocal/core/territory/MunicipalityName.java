// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Municipality names in the form people write them, from the form INE's register keeps.
 *
 * <p>INE lists a name that begins with an article with the article moved to the end after a comma:
 * "Pont de Vilomara i Rocafort, El", "Ametlla del Vallès, L'", "Gineta, La", "Pino, O". Reports
 * and the command line print the natural form, "el Pont de Vilomara i Rocafort", while the register
 * and the dataset keep INE's.
 *
 * <p>The articles are those INE's 8,132 names of 2025 actually end in (Catalan El, La, L', Els, Les
 * and, in the Balearic Islands and Aran, Es, Sa, Ses; Spanish El, La, Los, Las; Galician O, A, Os,
 * As; Valencian names already in lower case); Basque names carry no postposed article. A comma
 * followed by anything else is part of the name ("Castell d'Aro, Platja d'Aro i s'Agaró") and stays.
 * Each half of a bilingual name ("Vila Joiosa, la/Villajoyosa") is treated alone.
 *
 * <p>The article keeps the register's case, except that the Catalan articles el, la, l', els and les
 * of a municipality of Catalonia (provinces 08, 17, 25 and 43) are written in lower case, as
 * Idescat's list of Catalan municipalities writes them and as Catalan spelling puts them inside a
 * sentence; the Aranese "Es" of Es Bòrdes keeps its capital there too. This class is a utility
 * holding no state; it is thread-safe.
 */
public final class MunicipalityName {

    /** The postposed articles, in lower case, as found at the end of INE's names. */
    private static final Set<String> ARTICLES =
            Set.of("el", "la", "los", "las", "l'", "els", "les", "es", "sa", "ses", "o", "a", "os", "as");
    /** The Catalan articles that Idescat writes in lower case. */
    private static final Set<String> CATALAN_ARTICLES = Set.of("el", "la", "l'", "els", "les");
    /** The provinces of Catalonia, whose names follow Idescat's case. */
    private static final List<String> CATALONIA = List.of("08", "17", "25", "43");

    private MunicipalityName() {
    }

    /**
     * Returns the postposed articles INE's register uses, in lower case.
     *
     * @return the articles, e.g. {@code "el"}, {@code "l'"}, {@code "os"}
     */
    public static Set<String> postposedArticles() {
        return ARTICLES;
    }

    /**
     * Returns the natural form of a municipality's name: a postposed article moved to the front.
     *
     * <p>The result of a name already in natural form, or without an article, is the name itself,
     * so the method may be applied to any name a dataset holds.
     *
     * @param code the municipality's INE code, which tells its province
     * @param name the name, in INE's form or already natural, e.g. {@code "Pont de Vilomara i
     *     Rocafort, El"}
     * @return e.g. {@code "el Pont de Vilomara i Rocafort"}, {@code "La Gineta"},
     *     {@code "la Vila Joiosa/Villajoyosa"}
     * @throws NullPointerException if an argument is null
     */
    public static String natural(IneCode code, String name) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        boolean catalonia = CATALONIA.contains(code.provinceCode());
        String[] halves = name.split("/", -1);
        StringBuilder natural = new StringBuilder(name.length());
        for (int i = 0; i < halves.length; i++) {
            if (i > 0) {
                natural.append('/');
            }
            natural.append(naturalHalf(halves[i], catalonia));
        }
        return natural.toString();
    }

    private static String naturalHalf(String half, boolean catalonia) {
        int comma = half.lastIndexOf(", ");
        if (comma < 0) {
            return half;
        }
        String article = half.substring(comma + 2);
        String lower = article.toLowerCase(Locale.ROOT);
        if (!ARTICLES.contains(lower)) {
            return half;
        }
        String written = catalonia && CATALAN_ARTICLES.contains(lower) ? lower : article;
        String rest = half.substring(0, comma);
        return written.endsWith("'") ? written + rest : written + " " + rest;
    }
}
