// SPDX-License-Identifier: Apache-2.0
/**
 * Self-contained HTML output of reports through auto-escaping Pebble templates: one file with inline
 * CSS and SVG, no JavaScript and no external resources.
 */
package io.github.enslocal.reporting.html;
