// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

/**
 * Why a justified expense does not count towards a convention's execution.
 */
public enum IneligibilityReason {
    /** The convention does not list the expense's type among its eligible types. */
    TYPE_NOT_ELIGIBLE,
    /** The expense is dated outside the convention's validity, extensions included. */
    OUTSIDE_VALIDITY,
    /** The amount is below zero; corrections are made by amending the original expense. */
    NEGATIVE_AMOUNT
}
