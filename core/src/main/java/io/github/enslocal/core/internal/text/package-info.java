// SPDX-License-Identifier: Apache-2.0
/**
 * Message templates shared by the library's catalogues; exported to the rules module only, not API.
 */
package io.github.enslocal.core.internal.text;
