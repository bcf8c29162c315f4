// SPDX-License-Identifier: Apache-2.0
/**
 * Report labels in Catalan, Spanish and English, and the formatting of numbers, percentages and
 * dates for people (per language) and for machines (ISO-8601, {@code Locale.ROOT}).
 */
package io.github.enslocal.reporting.i18n;
