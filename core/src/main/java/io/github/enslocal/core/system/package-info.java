// SPDX-License-Identifier: Apache-2.0
/**
 * Information systems with the valuations of their information and services and the four ENS roles.
 */
package io.github.enslocal.core.system;
