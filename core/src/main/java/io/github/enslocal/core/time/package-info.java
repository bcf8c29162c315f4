// SPDX-License-Identifier: Apache-2.0
/**
 * Calendar values shared by the domain, such as inclusive date ranges.
 */
package io.github.enslocal.core.time;
