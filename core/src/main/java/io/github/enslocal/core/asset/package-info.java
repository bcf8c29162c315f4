// SPDX-License-Identifier: Apache-2.0
/**
 * Assets a supporting body manages for municipalities, with the security facts that compliance rules read.
 */
package io.github.enslocal.core.asset;
