// SPDX-License-Identifier: Apache-2.0
/**
 * Support conventions (convenis) between a supporting body and municipalities, with the Ley 40/2015 art. 49.h limits and budget execution.
 */
package io.github.enslocal.core.convention;
