// SPDX-License-Identifier: Apache-2.0
/**
 * Small programs showing how a host application embeds ENS Local through its exported API: reading
 * a dataset, evaluating systems, adding its own evidence rule and summarising a support body.
 */
package io.github.enslocal.samples.embedding;
