// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A municipality, or an entitat municipal descentralitzada (EMD) within one, as a dataset
 * describes it.
 *
 * <p>Names follow whatever form the dataset uses; the INE register's official form is checked
 * against them at the dataset boundary, not here. An EMD has no entry of its own in the INE
 * register, so its {@code code} is the identifier the dataset gives it, in INE form; its
 * {@code parent} is the INE code of the municipality it belongs to.
 *
 * <p>The constructor only normalises (a null {@code comarca} or {@code parent} becomes empty, a
 * null {@code kind} becomes {@link MunicipalityKind#MUNICIPALITY}); the constraints are checked by
 * validation. This class is immutable and thread-safe.
 *
 * @param code the INE code, e.g. {@code 08113} for Manresa
 * @param name the display name, e.g. {@code "Manresa"}
 * @param province the province name, e.g. {@code "Barcelona"}
 * @param comarca the comarca, e.g. {@code "Bages"}, or empty where there is none or it is unknown
 * @param population the number of inhabitants, 0 or more
 * @param populationYear the year of the official figure {@code population} comes from, e.g. 2025
 * @param kind whether this is a municipality or an EMD
 * @param parent for an EMD, the INE code of its parent municipality; empty for a municipality
 */
public record Municipality(
        @NotNull IneCode code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 100) String province,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 100) String> comarca,
        @PositiveOrZero int population,
        @Positive int populationYear,
        @NotNull MunicipalityKind kind,
        Optional<IneCode> parent) {

    /**
     * Creates a municipality, normalising absent values.
     *
     * @param code the INE code
     * @param name the display name
     * @param province the province name
     * @param comarca the comarca; null means none
     * @param population the number of inhabitants
     * @param populationYear the year of the population figure
     * @param kind the kind; null means {@link MunicipalityKind#MUNICIPALITY}
     * @param parent the parent municipality of an EMD; null means none
     */
    public Municipality {
        comarca = comarca == null ? Optional.empty() : comarca;
        kind = kind == null ? MunicipalityKind.MUNICIPALITY : kind;
        parent = parent == null ? Optional.empty() : parent;
    }

    /**
     * Returns the population band of this municipality.
     *
     * @return the band of {@link #population()}
     * @throws IllegalArgumentException if the population is negative, which validation rejects
     */
    public PopulationBand populationBand() {
        return PopulationBand.of(population);
    }

    /**
     * Returns the name in the form people write it, with a postposed article moved to the front.
     *
     * @return e.g. {@code "el Pont de Vilomara i Rocafort"} for {@code "Pont de Vilomara i Rocafort, El"}
     * @see MunicipalityName#natural(IneCode, String)
     */
    public String naturalName() {
        return MunicipalityName.natural(code, name);
    }

    /**
     * Returns whether this is an entitat municipal descentralitzada.
     *
     * @return true if {@link #kind()} is {@link MunicipalityKind#EMD}
     */
    public boolean isEmd() {
        return kind == MunicipalityKind.EMD;
    }

    // Read by Bean Validation as the property "parentConsistentWithKind".
    @AssertTrue(message = "an EMD must name its parent municipality, other than itself, "
            + "and a municipality must name none")
    boolean isParentConsistentWithKind() {
        if (kind == MunicipalityKind.EMD) {
            return parent.isPresent() && !parent.get().equals(code);
        }
        return parent.isEmpty();
    }
}
