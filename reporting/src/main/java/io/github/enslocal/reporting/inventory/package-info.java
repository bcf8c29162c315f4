// SPDX-License-Identifier: Apache-2.0
/**
 * The inventory report: assets by type and municipality, end of vendor support, unencrypted
 * portable devices and records missing their responsible person or location.
 */
package io.github.enslocal.reporting.inventory;
