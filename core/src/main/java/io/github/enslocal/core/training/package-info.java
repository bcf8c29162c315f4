// SPDX-License-Identifier: Apache-2.0
/**
 * Security training and awareness sessions given to municipality staff.
 */
package io.github.enslocal.core.training;
