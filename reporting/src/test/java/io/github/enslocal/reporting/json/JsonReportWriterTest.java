// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.territory.IneCode;
import io.github.enslocal.core.time.DateRange;
import io.github.enslocal.reporting.ReportFormat;
import io.github.enslocal.reporting.ReportLanguage;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    /** A report model in the shape reports have: records, value types, java.time, Optional. */
    public record Finding(MeasureId measure, IneCode municipality, Optional<LocalDate> due, Instant found,
            DateRange period, BigDecimal amount, Map<String, Integer> counts, List<String> notes) {
    }

    private static String write(Object model, ReportLanguage language) throws IOException {
        StringWriter out = new StringWriter();
        JsonReportWriter.create().write(model, language, out);
        return out.toString();
    }

    @Test
    void write_reportModel_isSortedIsoPrettyJsonWithValueTypesAsText() throws IOException {
        Finding finding = new Finding(MeasureId.parse("op.exp.1"), IneCode.parse("08140"), Optional.empty(),
                Instant.parse("2025-03-07T09:30:00Z"), DateRange.parse("2021-01-01/2024-12-31"),
                new BigDecimal("1E+3"), Map.of("zeta", 1, "alfa", 2), List.of());

        assertThat(write(finding, ReportLanguage.CA)).isEqualTo("""
                {
                  "amount": 1000,
                  "counts": {
                    "alfa": 2,
                    "zeta": 1
                  },
                  "due": null,
                  "found": "2025-03-07T09:30:00Z",
                  "measure": "op.exp.1",
                  "municipality": "08140",
                  "notes": [],
                  "period": "2021-01-01/2024-12-31"
                }
                """);
    }

    @Test
    void write_anyLanguage_givesTheSameJson() throws IOException {
        Finding finding = new Finding(MeasureId.parse("mp.info.6"), IneCode.parse("08113"),
                Optional.of(LocalDate.of(2025, 6, 30)), Instant.parse("2024-02-29T23:59:59Z"),
                DateRange.parse("2025-01-01/2025-12-31"), BigDecimal.ONE, Map.of(), List.of("l'inventari"));

        assertThat(write(finding, ReportLanguage.EN)).isEqualTo(write(finding, ReportLanguage.CA))
                .contains("\"due\": \"2025-06-30\"").doesNotContain("\r");
    }

    @Test
    void format_isJson() {
        assertThat(JsonReportWriter.create().format()).isEqualTo(ReportFormat.JSON);
    }

    @Test
    void isValueType_coreTypesWithParse_only() {
        assertThat(ValueTypeSerializers.isValueType(IneCode.class)).isTrue();
        assertThat(ValueTypeSerializers.isValueType(DateRange.class)).isTrue();
        assertThat(ValueTypeSerializers.isValueType(Finding.class)).isFalse();
        assertThat(ValueTypeSerializers.isValueType(io.github.enslocal.core.ens.Dimension.class)).isFalse();
    }
}
