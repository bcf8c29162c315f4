// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.system;

import io.github.enslocal.core.ens.DimensionLevels;

/**
 * The levels that the owner of an information type or a service has assigned to its security
 * dimensions (RD 311/2022 Anexo I point 3).
 */
public sealed interface Valuation permits InformationValuation, ServiceValuation {

    /**
     * Returns the name of the information type or service valued.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the level assigned to each dimension; dimensions not affected are unassigned.
     *
     * @return the levels
     */
    DimensionLevels levels();
}
