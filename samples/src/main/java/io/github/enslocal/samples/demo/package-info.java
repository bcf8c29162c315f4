// SPDX-License-Identifier: Apache-2.0
/**
 * The synthetic demo dataset: a Consell Comarcal del Bages serving 23 town halls, and a scale mode
 * for any set of municipalities.
 */
package io.github.enslocal.samples.demo;
