// SPDX-License-Identifier: Apache-2.0
/**
 * The INE register of Spain's municipalities and Catalonia's comarques, shipped as reference data with a lookup API.
 */
package io.github.enslocal.core.register;
