// SPDX-License-Identifier: Apache-2.0
/**
 * JSON output of report models: pretty-printed, sorted fields, ISO-8601 dates, value types as their
 * text form.
 */
package io.github.enslocal.reporting.json;
