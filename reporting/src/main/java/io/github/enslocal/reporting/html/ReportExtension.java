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

/** The functions, filters and record access the report templates use. */
final class ReportExtension extends AbstractExtension {

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new LabelFunction());
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
                "svg", filter((value, format) -> new SafeString(as(value, Svg.class, "svg").markup())));
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
