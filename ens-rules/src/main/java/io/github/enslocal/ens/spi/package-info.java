// SPDX-License-Identifier: Apache-2.0
/**
 * The service-provider interface for evidence rules: what a rule is, what it reads and the graded
 * findings it returns.
 */
package io.github.enslocal.ens.spi;
