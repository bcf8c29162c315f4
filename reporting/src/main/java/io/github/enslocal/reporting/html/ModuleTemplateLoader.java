// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.html;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Loads templates from this module's resources through {@link Class#getResourceAsStream}, which
 * reads a module's own packages even when it runs on the module path, where Pebble's class-path
 * loader cannot see them. Names are fixed: prefix, suffix and charset cannot be changed.
 */
final class ModuleTemplateLoader implements Loader<String> {

    static boolean exists(String name) {
        return ModuleTemplateLoader.class.getResource(resource(name)) != null;
    }

    private static String resource(String name) {
        return name + ".peb";
    }

    @Override
    public Reader getReader(String name) {
        InputStream in = ModuleTemplateLoader.class.getResourceAsStream(resource(name));
        if (in == null) {
            throw new LoaderException(null, "No HTML template '" + name + "'");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    @Override
    public void setCharset(String charset) {
        throw new UnsupportedOperationException("Templates are always UTF-8");
    }

    @Override
    public void setPrefix(String prefix) {
        throw new UnsupportedOperationException("Templates are always beside this class");
    }

    @Override
    public void setSuffix(String suffix) {
        throw new UnsupportedOperationException("Templates always end with .peb");
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    @Override
    public boolean resourceExists(String name) {
        return exists(name);
    }
}
