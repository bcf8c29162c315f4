// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code enslocal} command-line program: one picocli command class per subcommand, run by
 * {@link io.github.enslocal.samples.cli.EnsLocalCommand}, which maps every outcome to an exit code.
 */
package io.github.enslocal.samples.cli;
