// SPDX-License-Identifier: Apache-2.0
/**
 * Markdown output of reports: headings, paragraphs and readable pipe tables with every text escaped.
 */
package io.github.enslocal.reporting.markdown;
