// SPDX-License-Identifier: Apache-2.0
/**
 * The CCN-STIC 817 cyber-incident taxonomy, danger and impact levels, and the security classification of an incident.
 */
package io.github.enslocal.core.incident.classification;
