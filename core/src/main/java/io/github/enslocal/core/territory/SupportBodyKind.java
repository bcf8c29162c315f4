// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

/**
 * The kind of body that supports town halls with their digital administration.
 */
public enum SupportBodyKind {
    /** A consell comarcal, serving the municipalities of a comarca of Catalonia. */
    CONSELL_COMARCAL,
    /** A diputació (diputación provincial), or an equivalent body such as a cabildo. */
    DIPUTACIO,
    /** A consortium of administrations, such as the Consorci AOC. */
    CONSORTIUM,
    /** Any other supporting body. */
    OTHER
}
