// SPDX-License-Identifier: Apache-2.0
/**
 * Amounts of money in euros.
 */
package io.github.enslocal.core.money;
