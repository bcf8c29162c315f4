// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.util.Locale;

/**
 * A command, or a mixin of one, that chooses the language of the messages about a dataset, so that
 * {@link ErrorHandler} lists an invalid dataset's violations in it.
 */
interface MessageLanguage {

    /**
     * Returns the language chosen for messages about the dataset.
     *
     * @return the locale
     */
    Locale locale();
}
