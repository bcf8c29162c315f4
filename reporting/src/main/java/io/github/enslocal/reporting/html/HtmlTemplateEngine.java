// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.html;

import io.github.enslocal.reporting.ReportLanguage;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders the HTML reports from the Pebble templates shipped in this module (resources
 * {@code io/github/enslocal/reporting/html/<name>.peb}).
 *
 * <p>The engine is set up so that templates cannot produce executable markup from data:
 * <ul>
 *   <li>every {@code {{ value }}} is HTML-escaped; the only unescaped insertion is the {@code svg}
 *       filter, which accepts nothing but an {@link io.github.enslocal.reporting.chart.Svg} drawn
 *       (and escaped) by the chart package;</li>
 *   <li>templates cannot call Java methods (only Pebble's own, such as {@code loop.index}); they read record components ({@code model.title}),
 *       map entries and list elements only, and an {@code Optional} component reads as its value
 *       or null;</li>
 *   <li>an undefined variable or attribute is an error, not an empty string.</li>
 * </ul>
 *
 * <p>Templates extend {@code layout}, which writes one self-contained page: {@code <!DOCTYPE html>},
 * the {@code lang} attribute, a Content-Security-Policy that forbids scripts and every external
 * resource, and inline print-friendly CSS (A4 pages, table headers repeated on each page). It
 * needs a {@code title} variable and fills the blocks {@code header} and {@code content}; the
 * {@code macros} template has a {@code table(table)} macro for {@link io.github.enslocal.reporting.Table}.
 * Templates have these functions and filters, which format for the language of the rendering:
 * <ul>
 *   <li>{@code t(key, arg0, arg1…)}: a label from {@link io.github.enslocal.reporting.i18n.Messages};</li>
 *   <li>{@code formatCell}, {@code formatNumber}, {@code formatDate}, {@code formatPercent(denominator)}:
 *       values through {@link io.github.enslocal.reporting.i18n.ValueFormat};</li>
 *   <li>{@code numericColumns}: for a table, whether each column is numeric;</li>
 *   <li>{@code svg}: a chart's markup.</li>
 * </ul>
 * The variable {@code lang} holds the language tag.
 *
 * <p>This class is immutable and thread-safe; templates are parsed once and cached.
 */
public final class HtmlTemplateEngine {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*");

    /** Pebble's own template objects (such as {@code loop.index}) are the only ones with methods. */
    private static final String PEBBLE_PACKAGE = "io.pebbletemplates.pebble.";

    private final PebbleEngine pebble;

    private HtmlTemplateEngine() {
        QuietSlf4j.startWithoutProviderQuietly();
        this.pebble = new PebbleEngine.Builder()
                .loader(new ModuleTemplateLoader())
                .extension(new ReportExtension())
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .methodAccessValidator((object, method) ->
                        method.getDeclaringClass().getName().startsWith(PEBBLE_PACKAGE))
                .newLineTrimming(true)
                .build();
    }

    /**
     * Obtains an engine for the templates of this module.
     *
     * @return the engine
     */
    public static HtmlTemplateEngine create() {
        return new HtmlTemplateEngine();
    }

    /**
     * Renders a template, leaving the stream open.
     *
     * @param template the template name, e.g. {@code "dashboard"} for {@code dashboard.peb}
     * @param variables the template's variables; {@code lang} is set by this method
     * @param language the language of labels and values
     * @param out where to write
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code template} is not a name of lower-case words or the
     *     template does not exist
     * @throws IllegalStateException if the template fails, e.g. reads an undefined variable, uses a
     *     missing label or gives a filter a value of the wrong type
     * @throws IOException if writing fails
     */
    public void render(String template, Map<String, ?> variables, ReportLanguage language, Writer out)
            throws IOException {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        if (!TEMPLATE_NAME.matcher(template).matches() || !ModuleTemplateLoader.exists(template)) {
            throw new IllegalArgumentException("Invalid HTML template '" + template
                    + "', expected the name of a template of this module, e.g. 'layout'");
        }
        Map<String, Object> context = new HashMap<>(variables);
        context.put("lang", language.tag());
        try {
            pebble.getTemplate(template).evaluate(out, context, language.locale());
        } catch (PebbleException | IllegalArgumentException | MissingResourceException e) {
            throw new IllegalStateException("HTML template '" + template + "' failed: " + e.getMessage(), e);
        }
        out.flush();
    }
}
