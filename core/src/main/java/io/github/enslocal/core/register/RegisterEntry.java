// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.register;

import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.territory.Municipality;
import io.github.enslocal.core.territory.MunicipalityKind;
import io.github.enslocal.core.territory.MunicipalityName;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One municipality of the INE register, with the comarca and vegueria of those in Catalonia.
 *
 * <p>Names are the publishers' official forms, not display forms: INE postposes articles
 * ("Alamús, Els", "Coruña, A") and writes official bilingual names with a slash
 * ("Valencia/València"). {@link #nameAgrees(String)} accepts the usual display forms of such names.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the INE code, e.g. {@code 08113}
 * @param name the official INE name, e.g. {@code "Manresa"} or {@code "Alamús, Els"}
 * @param provinceCode the two-digit province code, the first two digits of {@code code}
 * @param province the INE province name, e.g. {@code "Barcelona"} or {@code "Balears, Illes"}
 * @param autonomousCommunity the autonomous community or city, e.g. {@code "Cataluña"}
 * @param population the official population, 0 or more
 * @param populationYear the year of the population figure (1 January of that year)
 * @param comarca the Idescat comarca, for municipalities of Catalonia; empty elsewhere
 * @param vegueria the vegueria derived from the municipality's location, for municipalities of
 *     Catalonia; empty elsewhere. It is an aid, not the legal list (see the resource README)
 */
public record RegisterEntry(
        IneCode code,
        String name,
        String provinceCode,
        String province,
        String autonomousCommunity,
        int population,
        int populationYear,
        Optional<String> comarca,
        Optional<String> vegueria) {

    /**
     * Creates an entry, checking it.
     *
     * @param code the INE code
     * @param name the official name, not blank
     * @param provinceCode the province code, equal to {@code code.provinceCode()}
     * @param province the province name, not blank
     * @param autonomousCommunity the autonomous community, not blank
     * @param population the population, 0 or more
     * @param populationYear the year of the population figure, 1 or more
     * @param comarca the comarca; null means none
     * @param vegueria the vegueria; null means none
     * @throws NullPointerException if a required value is null
     * @throws IllegalArgumentException if a name is blank, the province code does not match the
     *     INE code, or a number is out of range
     */
    public RegisterEntry {
        Objects.requireNonNull(code, "code");
        requireText(name, "name", code);
        Objects.requireNonNull(provinceCode, "provinceCode");
        requireText(province, "province", code);
        requireText(autonomousCommunity, "autonomousCommunity", code);
        if (!provinceCode.equals(code.provinceCode())) {
            throw new IllegalArgumentException("Invalid province code '" + provinceCode + "' for INE code "
                    + code + ", expected '" + code.provinceCode() + "'");
        }
        if (population < 0) {
            throw new IllegalArgumentException(
                    "Invalid population " + population + " for INE code " + code + ", expected 0 or more");
        }
        if (populationYear < 1) {
            throw new IllegalArgumentException("Invalid population year " + populationYear + " for INE code "
                    + code + ", expected e.g. 2025");
        }
        comarca = comarca == null ? Optional.empty() : comarca;
        vegueria = vegueria == null ? Optional.empty() : vegueria;
    }

    private static void requireText(String value, String component, IneCode code) {
        Objects.requireNonNull(value, component);
        if (value.isBlank()) {
            throw new IllegalArgumentException("Invalid " + component + " '" + value + "' for INE code " + code
                    + ", expected a non-blank name");
        }
    }

    /**
     * Returns whether a display name agrees with this entry's official name.
     *
     * <p>The names agree if they are equal ignoring case, or if the display name moves a postposed
     * article of the official name to the front: "Alamús, Els" agrees with "Els Alamús" and
     * "els Alamús", "Hospitalet de Llobregat, L'" with "L'Hospitalet de Llobregat", and each half of
     * a bilingual name is treated alike ("Vila Joiosa, la/Villajoyosa" agrees with
     * "la Vila Joiosa/Villajoyosa"). Any other difference, including accents, white space, a
     * typographic apostrophe or only one half of a bilingual name, makes them disagree.
     *
     * @param displayName the name to check, e.g. {@code "els Alamús"}
     * @return true if the names agree
     * @throws NullPointerException if {@code displayName} is null
     */
    public boolean nameAgrees(String displayName) {
        Objects.requireNonNull(displayName, "displayName");
        return displayName.equalsIgnoreCase(name) || displayName.equalsIgnoreCase(naturalName());
    }

    /**
     * Returns the name in the form people write it, with a postposed article moved to the front.
     *
     * @return e.g. {@code "el Pont de Vilomara i Rocafort"} for INE's
     *     {@code "Pont de Vilomara i Rocafort, El"}
     * @see MunicipalityName#natural(IneCode, String)
     */
    public String naturalName() {
        return MunicipalityName.natural(code, name);
    }

    /**
     * Returns this entry as a municipality of a dataset, with its official name.
     *
     * @return a {@link MunicipalityKind#MUNICIPALITY} with this entry's code, name, province,
     *     comarca and population
     */
    public Municipality toMunicipality() {
        return new Municipality(code, name, province, comarca, population, populationYear,
                MunicipalityKind.MUNICIPALITY, Optional.empty());
    }
}
