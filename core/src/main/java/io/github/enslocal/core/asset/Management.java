// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.asset;

/**
 * Who manages an asset day to day: installs it, patches it and answers for its configuration.
 */
public enum Management {
    /** The supporting body (consell comarcal, diputació or consortium) manages it. */
    SUPPORT_BODY,
    /** The owner municipality manages it itself. */
    MUNICIPALITY,
    /** A contractor or provider other than the supporting body manages it. */
    THIRD_PARTY
}
