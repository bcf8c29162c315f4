// SPDX-License-Identifier: Apache-2.0
/**
 * The dataset aggregate, its JSON format, and validation that reports every violation at once.
 */
package io.github.enslocal.core.dataset;
