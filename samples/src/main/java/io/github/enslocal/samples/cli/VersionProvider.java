// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.ens.catalog.MeasureCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Prints the program version, which Maven writes into {@code version.properties} when it builds the
 * jar, and the version of the bundled measure catalog.
 */
final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        MeasureCatalog catalog = MeasureCatalog.bundled();
        return new String[] {
            "enslocal " + programVersion(),
            "ENS measure catalog of RD 311/2022 Anexo II, data version " + catalog.dataVersion()
        };
    }

    /**
     * Returns the version of the program as Maven built it.
     *
     * @return e.g. {@code 0.1.0}
     * @throws IllegalStateException if the version file is missing or was not filtered, a defect of
     *     the build
     */
    static String programVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The program's " + RESOURCE + " is missing from its jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the program's " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException("The program's " + RESOURCE + " holds no version: '" + version + "'");
        }
        return version;
    }
}
