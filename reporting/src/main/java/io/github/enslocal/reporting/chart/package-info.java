// SPDX-License-Identifier: Apache-2.0
/**
 * Accessible inline SVG charts for the HTML reports (bar, stacked bar, heat map), drawn without
 * JavaScript and with every text escaped.
 */
package io.github.enslocal.reporting.chart;
