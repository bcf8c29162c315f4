// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.html;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Starts SLF4J, the logging facade Pebble writes to, without a word on standard error when the
 * host has no SLF4J provider.
 *
 * <p>Without a provider, SLF4J 2 falls back to discarding every log event, which is what a host
 * that logs nothing wants, but first prints "No SLF4J providers were found" and two more lines on
 * standard error. A library must not pick a provider for its host, so none is shipped; instead,
 * when no provider is visible and the host has set neither {@code slf4j.provider} nor
 * {@code slf4j.internal.verbosity}, SLF4J is started here with its internal verbosity at
 * {@code ERROR}, a setting SLF4J documents for this purpose, and the property is cleared again
 * at once. SLF4J starts once per class loader, so the rest of the host's process is unaffected;
 * a host with a provider, or one that has already started SLF4J, is left alone.
 */
final class QuietSlf4j {

    private static final String VERBOSITY = "slf4j.internal.verbosity";
    private static final String PROVIDER = "slf4j.provider";

    /** Whether the check below has run; SLF4J starts once, so it need not run again. */
    private static boolean checked;

    private QuietSlf4j() {
    }

    /** Starts SLF4J quietly if no provider is visible; otherwise does nothing. */
    static synchronized void startWithoutProviderQuietly() {
        if (checked) {
            return;
        }
        checked = true;
        if (System.getProperty(VERBOSITY) != null || System.getProperty(PROVIDER) != null
                || ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader())
                        .stream().findAny().isPresent()) {
            return;
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }
}
