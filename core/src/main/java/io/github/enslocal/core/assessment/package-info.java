// SPDX-License-Identifier: Apache-2.0
/**
 * Declared state of ENS measures (measure assessments) and adequacy plans with their actions.
 */
package io.github.enslocal.core.assessment;
