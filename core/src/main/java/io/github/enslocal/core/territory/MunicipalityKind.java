// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.territory;

/**
 * The kind of local entity a {@link Municipality} record describes.
 */
public enum MunicipalityKind {
    /** A municipality (municipi, municipio), with its own INE code in the register. */
    MUNICIPALITY,
    /**
     * An entitat municipal descentralitzada (EMD): a local entity below a municipality, which
     * belongs to a parent municipality. The bundled INE register lists municipalities only, so an
     * EMD is never found in it; its parent is.
     */
    EMD
}
