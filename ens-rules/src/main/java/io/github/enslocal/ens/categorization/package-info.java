// SPDX-License-Identifier: Apache-2.0
/**
 * Categorisation of an information system under RD 311/2022 Anexo I: from the levels of its
 * dimensions to its category, with the reason.
 */
package io.github.enslocal.ens.categorization;
