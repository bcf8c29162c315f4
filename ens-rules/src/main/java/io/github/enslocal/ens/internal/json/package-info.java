// SPDX-License-Identifier: Apache-2.0
/**
 * Hardened JSON tree reading shared by the catalog, OSCAL and profile readers; not exported.
 */
package io.github.enslocal.ens.internal.json;
