// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.catalog;

import io.github.enslocal.core.ens.Category;
import io.github.enslocal.core.ens.SecurityLevel;
import java.util.Objects;

/**
 * A value column of the Anexo II table.
 *
 * <p>For a measure tied to the category the columns are the categories BÁSICA, MEDIA and ALTA; for
 * a measure tied to dimensions they are the levels BAJO, MEDIO and ALTO of those dimensions. The
 * table prints both headings over the same three columns, which is why one type serves both.
 */
public enum Column {
    /** The BÁSICA category, or the BAJO level. */
    BASICA,
    /** The MEDIA category, or the MEDIO level. */
    MEDIA,
    /** The ALTA category, or the ALTO level. */
    ALTA;

    /**
     * Obtains the column of a category.
     *
     * @param category the category, not null
     * @return the column
     */
    public static Column of(Category category) {
        return values()[Objects.requireNonNull(category, "category").ordinal()];
    }

    /**
     * Obtains the column of a level.
     *
     * @param level the level, not null
     * @return the column (BAJO→BASICA, MEDIO→MEDIA, ALTO→ALTA)
     */
    public static Column of(SecurityLevel level) {
        return values()[Objects.requireNonNull(level, "level").ordinal()];
    }

    /**
     * Returns the category this column stands for.
     *
     * @return the category
     */
    public Category category() {
        return Category.values()[ordinal()];
    }

    /**
     * Returns the level this column stands for.
     *
     * @return the level
     */
    public SecurityLevel level() {
        return SecurityLevel.values()[ordinal()];
    }

    /**
     * Returns the heading of this column as the Anexo writes it for a kind of measure.
     *
     * @param basis the basis of the measure, not null
     * @return the category with its accent (e.g. {@code "BÁSICA"}) for category-based measures, the
     *     level (e.g. {@code "BAJO"}) for dimension-based ones
     */
    public String heading(Basis basis) {
        return basis.isCategory() ? category().officialName() : level().name();
    }
}
