// SPDX-License-Identifier: Apache-2.0
/** JMH benchmarks of ENS Local and the scale datasets they read; see BENCHMARKS.md at the repository root. */
package io.github.enslocal.benchmarks;
