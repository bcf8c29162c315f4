// SPDX-License-Identifier: Apache-2.0
/**
 * Help-desk incidents raised by municipalities, with their status history and lifecycle rules.
 */
package io.github.enslocal.core.incident;
