// SPDX-License-Identifier: Apache-2.0
/**
 * Service-level policies per priority and the business-hours calendar that SLA times are measured in.
 */
package io.github.enslocal.core.sla;
