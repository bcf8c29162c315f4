// SPDX-License-Identifier: Apache-2.0
/**
 * A host application that embeds ENS Local the way a help desk or an inventory tool would.
 */
package io.github.enslocal.host;
