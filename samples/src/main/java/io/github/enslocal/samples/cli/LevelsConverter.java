// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.ens.DimensionLevels;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the {@code --levels} value with {@link DimensionLevels#parse(String)}, refusing a value
 * that assigns no dimension: with no level at all Anexo I gives no category, and the program never
 * assumes one.
 */
final class LevelsConverter implements ITypeConverter<DimensionLevels> {

    @Override
    public DimensionLevels convert(String value) {
        DimensionLevels levels;
        try {
            levels = DimensionLevels.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (levels.isEmpty()) {
            throw new TypeConversionException("no dimension has a level, so RD 311/2022 Anexo I gives no category;"
                    + " assign at least one, e.g. 'C=MEDIO,I=BAJO,D=BAJO'");
        }
        return levels;
    }
}
