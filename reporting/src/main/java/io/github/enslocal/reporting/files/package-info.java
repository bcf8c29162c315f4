// SPDX-License-Identifier: Apache-2.0
/**
 * Writing files and directories whole or not at all; an implementation package, exported only to
 * the ENS Local programs.
 */
package io.github.enslocal.reporting.files;
