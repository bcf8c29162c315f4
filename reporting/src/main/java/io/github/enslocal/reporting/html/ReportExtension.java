// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.html;

import io.github.enslocal.reporting.Cell;
import io.github.enslocal.reporting.ReportLanguage;
import io.github.enslocal.reporting.Table;
import io.github.enslocal.reporting.chart.Svg;
import io.github.enslocal.reporting.i18n.Messages;
import io.github.enslocal.reporting.i18n.ValueFormat;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The functions, filters and record access the report templates use. */
final class ReportExtension extends AbstractExtension {

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new LabelFunction(), "pageNumber", new PageNumberFunction());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "formatCell", filter((value, format) -> format.format(as(value, Cell.class, "formatCell"))),
                "officialSpanish", filter((value, format) -> as(value, Cell.class, "officialSpanish")
                        instanceof Cell.Text text && text.officialSpanish()),
                "formatNumber", filter(ReportExtension::formatNumber),
                "formatDate", filter((value, format) -> format.date(as(value, LocalDate.class, "formatDate"))),
                "formatPercent", new PercentFilter(),
                "numericColumns", filter((value, format) -> {
                    Table table = as(value, Table.class, "numericColumns");
                    return table.numericColumns();
                }),
                "svg", filter((value, format) -> new SafeString(as(value, Svg.class, "svg").markup())),
                "bands", new BandsFilter(),
                "cssString", filter((value, format) -> new SafeString(cssString(as(value, String.class, "cssString")))));
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new RecordAttributeResolver());
    }

    static ReportLanguage language(EvaluationContext context) {
        return ReportLanguage.fromTag(context.getLocale().getLanguage());
    }

    private static Object formatNumber(Object value, ValueFormat format) {
        if (value instanceof BigDecimal decimal) {
            return format.decimal(decimal);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return format.integer(((Number) value).longValue());
        }
        throw wrongType(value, "a whole number or BigDecimal", "formatNumber");
    }

    /**
     * Returns text as a quoted CSS string in which every character but ASCII letters, digits and the
     * space is a hexadecimal escape, so that no text can end the string, the rule or the style element.
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder(text.length() * 2 + 2).append('"');
        text.codePoints().forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ')) {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }

    static <T> T as(Object value, Class<T> type, String filter) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw wrongType(value, type.getSimpleName(), filter);
    }

    private static IllegalArgumentException wrongType(Object value, String expected, String filter) {
        return new IllegalArgumentException("Filter '" + filter + "' takes " + expected + ", not "
                + (value == null ? "null" : value.getClass().getName()));
    }

    private static Filter filter(ValueFilter body) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                    EvaluationContext context, int lineNumber) {
                return body.apply(input, ValueFormat.of(language(context)));
            }
        };
    }

    @FunctionalInterface
    private interface ValueFilter {
        Object apply(Object value, ValueFormat format);
    }

    /**
     * {@code {% for part in table | bands(keys, width) %}}: a table too wide for a page split into
     * parts that each repeat the first {@code keys} columns (the ones that name a row) and hold at
     * most {@code width} of the others, as evenly as may be, in column order; the parts' titles say
     * which part of how many they are. A table that fits is its own only part, with its title.
     */
    private static final class BandsFilter implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of("keys", "width");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                EvaluationContext context, int lineNumber) {
            Table table = as(input, Table.class, "bands");
            int keys = as(args.get("keys"), Number.class, "bands").intValue();
            int width = as(args.get("width"), Number.class, "bands").intValue();
            if (keys < 0 || width < 1 || keys >= table.columns().size()) {
                throw new IllegalArgumentException("Filter 'bands' takes 0 to " + (table.columns().size() - 1)
                        + " key columns and a width of 1 or more, not " + keys + " and " + width);
            }
            int others = table.columns().size() - keys;
            int parts = (others + width - 1) / width;
            if (parts == 1) {
                return List.of(table);
            }
            Messages messages = Messages.of(language(context));
            ValueFormat values = ValueFormat.of(language(context));
            List<Table> bands = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                // Earlier parts take the odd column: with 17 in two parts, 9 then 8.
                int from = keys + (others * part + parts - 1) / parts;
                int to = keys + (others * (part + 1) + parts - 1) / parts;
                List<Integer> columns = new ArrayList<>();
                for (int c = 0; c < keys; c++) {
                    columns.add(c);
                }
                for (int c = from; c < to; c++) {
                    columns.add(c);
                }
                bands.add(new Table(messages.format("table.part", table.title(), values.integer(part + 1L),
                        values.integer(parts)), columns.stream().map(table.columns()::get).toList(),
                        table.rows().stream().map(row -> columns.stream().map(row::get).toList()).toList()));
            }
            return bands;
        }
    }

    /** {@code {{ part | formatPercent(whole) }}}. */
    private static final class PercentFilter implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of("denominator");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                EvaluationContext context, int lineNumber) {
            long numerator = as(input, Number.class, "formatPercent").longValue();
            long denominator = as(args.get("denominator"), Number.class, "formatPercent").longValue();
            return ValueFormat.of(language(context)).percent(numerator, denominator);
        }
    }

    /**
     * {@code {{ pageNumber() }}}: the CSS content of a page's number in the language, label
     * {@code document.page} with {@code {0}} the page and {@code {1}} the number of pages, e.g.
     * {@code "P" "\e0 gina " counter(page) " de " counter(pages)}.
     */
    private static final class PageNumberFunction implements Function {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])\\}");

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                int lineNumber) {
            String label = Messages.of(language(context)).get("document.page");
            List<String> parts = new ArrayList<>();
            Matcher matcher = PLACEHOLDER.matcher(label);
            int end = 0;
            while (matcher.find()) {
                parts.add(cssString(label.substring(end, matcher.start())));
                parts.add(matcher.group(1).equals("0") ? "counter(page)" : "counter(pages)");
                end = matcher.end();
            }
            parts.add(cssString(label.substring(end)));
            parts.removeIf("\"\""::equals);
            return new SafeString(String.join(" ", parts));
        }
    }

    /** {@code {{ t('key', arg0, arg1) }}}: positional arguments arrive under the keys "0", "1"… */
    private static final class LabelFunction implements Function {

        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                int lineNumber) {
            String key = as(args.get("0"), String.class, "t");
            List<Object> arguments = new ArrayList<>();
            for (int i = 1; args.containsKey(Integer.toString(i)); i++) {
                arguments.add(args.get(Integer.toString(i)));
            }
            return Messages.of(language(context)).format(key, arguments.toArray());
        }
    }
}
