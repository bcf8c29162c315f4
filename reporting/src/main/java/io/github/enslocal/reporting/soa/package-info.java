// SPDX-License-Identifier: Apache-2.0
/**
 * The Declaración de Aplicabilidad of an information system (RD 311/2022 art. 28) as a report, with
 * its writers for every format.
 */
package io.github.enslocal.reporting.soa;
