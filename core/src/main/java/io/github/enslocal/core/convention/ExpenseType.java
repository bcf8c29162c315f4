// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.convention;

/**
 * A kind of expense that can be justified against a convention.
 */
public enum ExpenseType {
    /** The cost of staff assigned to the convention's services. */
    PERSONNEL_ASSIGNED,
    /** Services contracted from third parties. */
    CONTRACTED_SERVICES,
    /** Equipment bought for the convention's services. */
    EQUIPMENT,
    /** Training courses and materials. */
    TRAINING,
    /** Travel of the staff providing the services. */
    TRAVEL,
    /** Any other expense. */
    OTHER
}
