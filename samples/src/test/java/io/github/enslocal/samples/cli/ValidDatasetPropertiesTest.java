// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.enslocal.core.dataset.DatasetCodec;
import io.github.enslocal.core.dataset.InvalidDatasetException;
import io.github.enslocal.core.time.DateWindow;
import io.github.enslocal.samples.ExampleDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * A dataset that validates can always be reported on and evaluated (issue 17): generated from the
 * example of {@code docs/} by moving every date and instant together, up to the edges of the
 * {@link DateWindow}, and by writing hostile text (control characters, bidirectional overrides,
 * characters outside the basic plane, the longest text allowed) into every free-text field. Each
 * one that validates must give exit status 0 for {@code report} (every report, format and
 * language) and for {@code evaluate} in every output format, with no control character reaching
 * the terminal.
 */
class ValidDatasetPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate EXAMPLE_AS_OF = LocalDate.of(2025, 12, 31);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    /** The properties that hold free text, not ids, codes, enums or references. */
    private static final Set<String> FREE_TEXT = Set.of("title", "notice", "name", "summary", "description", "note",
            "technician", "position", "assessedBy", "product", "location", "evidence", "justification", "responsible",
            "auditor", "provider", "notificationReference", "subject");
    private static final List<String> HOSTILE = List.of("\u001b[2J\u001b]0;pwned\u0007", "\u009b31m\u0085", "\u202e\u2066",
            "\r\u007f\u0000", "\uD83D\uDE00 l·l «»", "\t\n", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
            "'; DROP TABLE x; --", "\\u0000\"");

    private Path directory;

    @BeforeTry
    void createDirectory() throws IOException {
        directory = Files.createTempDirectory("enslocal-valid-dataset");
    }

    @AfterTry
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A dataset derived from the example, and the date to report it on. */
    record Variant(String description, String json, LocalDate asOf) {
        @Override
        public String toString() {
            return description + " as of " + asOf;
        }
    }

    @Provide
    Arbitrary<Variant> variants() {
        Arbitrary<Integer> shift = Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
                Arbitraries.integers().between(-40_000, 60_000));
        Arbitrary<List<String>> texts = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().withCharRange((char) 0, (char) 0xd7ff).ofMaxLength(40), Arbitraries.strings().withChars("\u0000\u001f\u0080\u009f")
                        .ofMinLength(1).ofMaxLength(5)).list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(shift, texts, Arbitraries.integers().between(0, 1000)).as(ValidDatasetPropertiesTest::variant);
    }

    private static Variant variant(int shift, List<String> texts, int seed) {
        JsonNode tree = read(ExampleDataset.PATH);
        List<LocalDate> days = new ArrayList<>();
        visit(tree, value -> {
            if (DATE.matcher(value).matches()) {
                days.add(LocalDate.parse(value));
            } else if (INSTANT.matcher(value).matches()) {
                days.add(LocalDate.ofInstant(Instant.parse(value), java.time.ZoneOffset.UTC));
            }
            return value;
        });
        days.add(EXAMPLE_AS_OF);
        LocalDate first = days.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = days.stream().max(Comparator.naturalOrder()).orElseThrow();
        long earliest = ChronoUnit.DAYS.between(first, DateWindow.FIRST_DAY);
        long latest = ChronoUnit.DAYS.between(last, DateWindow.LAST_DAY);
        long days0 = shift == Integer.MIN_VALUE ? earliest : shift == Integer.MAX_VALUE ? latest
                : Math.max(earliest, Math.min(latest, shift));
        int[] next = {seed};
        JsonNode shifted = visitFields(tree, (name, value) -> {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value).plusDays(days0).toString();
            }
            if (INSTANT.matcher(value).matches()) {
                return Instant.parse(value).plus(days0, ChronoUnit.DAYS).toString();
            }
            if (FREE_TEXT.contains(name)) {
                return value + texts.get(next[0]++ % texts.size());
            }
            return value;
        });
        return new Variant("dates moved by " + days0 + " days, texts " + texts, write(shifted),
                EXAMPLE_AS_OF.plusDays(days0));
    }

    @Property(tries = 12)
    void validDataset_isReportedAndEvaluatedWithoutError(@ForAll("variants") Variant variant) throws IOException {
        try {
            DatasetCodec.create().read(variant.json());
        } catch (InvalidDatasetException e) {
            Assume.that(false); // only datasets that validate are promised a report
        }
        Path file = Files.writeString(directory.resolve("dataset.json"), variant.json());
        String asOf = variant.asOf().toString();

        Execution validate = Execution.of("validate", file.toString());
        Execution report = Execution.of("report", file.toString(), "--as-of", asOf, "--notification-delay", "PT24H",
                "--out", directory.resolve("reports").toString());
        List<Execution> evaluations = Stream.of("text", "md", "json")
                .map(format -> Execution.of("evaluate", file.toString(), "--as-of", asOf, "--format", format)).toList();

        for (Execution run : Stream.concat(Stream.of(validate, report), evaluations.stream()).toList()) {
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out() + run.err()).as("nothing drives the terminal").matches(text -> text.chars()
                    .noneMatch(c -> c != '\n' && c != '\t' && (Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT)));
        }
        try (Stream<Path> files = Files.walk(directory.resolve("reports"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isGreaterThan(100);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void visit(JsonNode node, UnaryOperator<String> text) {
        visitFields(node, (name, value) -> text.apply(value));
    }

    /** Returns a copy of a tree with every text value replaced, given the property it is in (or its list's). */
    private static JsonNode visitFields(JsonNode node, java.util.function.BiFunction<String, String, String> text) {
        return copy(node, "", text);
    }

    private static JsonNode copy(JsonNode node, String name, java.util.function.BiFunction<String, String, String> text) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                copy.set(field.getKey(), copy(field.getValue(), field.getKey(), text));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = MAPPER.createArrayNode();
            array.forEach(element -> copy.add(copy(element, name, text)));
            return copy;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(text.apply(name, node.textValue()));
        }
        return node;
    }
}
