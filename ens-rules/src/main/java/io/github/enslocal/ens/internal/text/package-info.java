// SPDX-License-Identifier: Apache-2.0
/**
 * The library's ca/es/en message catalogue and the locale formats of the values it fills in,
 * shared by findings, verdicts and applicability reasons; not exported.
 */
package io.github.enslocal.ens.internal.text;
