// SPDX-License-Identifier: Apache-2.0
/**
 * Writes every report of a support body at once, in every requested format and language, into one
 * directory that appears whole or not at all.
 */
package io.github.enslocal.reporting.suite;
