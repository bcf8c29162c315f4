// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

/**
 * The part a party plays in a convention.
 */
public enum PartyRole {
    /** The body that provides the support, such as a consell comarcal or a consortium. */
    SUPPORT_BODY,
    /** A body that funds the convention without providing the support, such as a diputació. */
    FUNDER,
    /** A municipality that signs the convention itself rather than adhering to it later. */
    MUNICIPALITY,
    /** Any other party, such as a public company or a university. */
    OTHER
}
