// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.sample;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;

/** Reads CSV back with an independent parser, as a spreadsheet or script would. */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * Reads every record, after dropping a leading byte order mark.
     *
     * @param csv the CSV text
     * @param separator the field separator
     * @return the records, header included
     * @throws IOException if the text is not CSV
     */
    public static List<List<String>> read(String csv, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> records = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            return records.readAll();
        }
    }
}
