// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.ens;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Specifies the ordered enums SecurityLevel, Category and Maturity and how they relate. */
class LevelsCategoriesAndMaturityTest {

    @Test
    void securityLevels_runFromBajoToAlto() {
        assertThat(SecurityLevel.values())
                .containsExactly(SecurityLevel.BAJO, SecurityLevel.MEDIO, SecurityLevel.ALTO);
    }

    @Test
    void categories_runFromBasicaToAltaWithTheirOfficialNames() {
        assertThat(Category.values()).extracting(Category::officialName)
                .containsExactly("BÁSICA", "MEDIA", "ALTA");
    }

    @Test
    void category_minimumMaturity_isL2L3L4() {
        assertThat(Category.values()).extracting(Category::minimumMaturity)
                .containsExactly(Maturity.L2, Maturity.L3, Maturity.L4);
    }

    @Test
    void maturity_valuesRunFromZeroToFive() {
        assertThat(Maturity.values()).extracting(Maturity::value).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(Maturity.L3.officialName()).isEqualTo("Proceso definido");
    }

    @Property
    void securityLevel_category_andCategory_level_areInverse(@ForAll SecurityLevel level,
            @ForAll Category category) {
        assertThat(level.category().level()).isEqualTo(level);
        assertThat(category.level().category()).isEqualTo(category);
    }

    @Property
    void securityLevel_category_preservesOrder(@ForAll SecurityLevel a, @ForAll SecurityLevel b) {
        assertThat(Integer.signum(a.category().compareTo(b.category()))).isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Property
    void category_minimumMaturity_isMonotonic(@ForAll Category a, @ForAll Category b) {
        if (a.compareTo(b) <= 0) {
            assertThat(b.minimumMaturity().isAtLeast(a.minimumMaturity())).isTrue();
        }
    }

    @Property
    void isAtLeast_agreesWithCompareTo(@ForAll SecurityLevel a, @ForAll SecurityLevel b,
            @ForAll Maturity m, @ForAll Maturity n) {
        assertThat(a.isAtLeast(b)).isEqualTo(a.compareTo(b) >= 0);
        assertThat(m.isAtLeast(n)).isEqualTo(m.compareTo(n) >= 0);
        assertThat(m.isAtLeast(n)).isEqualTo(m.value() >= n.value());
    }

    @Property
    void enumNames_roundTripThroughValueOf(@ForAll SecurityLevel level, @ForAll Category category,
            @ForAll Maturity maturity) {
        assertThat(SecurityLevel.valueOf(level.toString())).isEqualTo(level);
        assertThat(Category.valueOf(category.toString())).isEqualTo(category);
        assertThat(Maturity.valueOf(maturity.toString())).isEqualTo(maturity);
    }
}
