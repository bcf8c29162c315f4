// SPDX-License-Identifier: Apache-2.0
/**
 * Territory: INE municipality codes, municipalities, the bodies that support them and population bands.
 */
package io.github.enslocal.core.territory;
