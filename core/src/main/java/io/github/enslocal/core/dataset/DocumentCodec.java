// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads and writes one kind of dataset document: a JSON object whose properties are the components
 * of a root record, one of them a format version, the others mostly lists of records.
 *
 * <p>Reading collects as many violations as one pass can find and throws them all in one
 * {@link InvalidDatasetException}, in five steps:
 * <ol>
 *   <li>parse the document under the reading limits, each element of a top-level list straight
 *       into its record; a malformed document gives one violation with its line and column and
 *       nothing else;</li>
 *   <li>check the format version, and stop if it is missing or unsupported;</li>
 *   <li>report unknown top-level properties, and convert each element of each top-level list on
 *       its own, so that errors in ten elements give ten violations;</li>
 *   <li>run Jakarta Bean Validation on every element converted;</li>
 *   <li>build the root record, with null at the index of each element that failed to convert,
 *       and run the {@link DatasetCheck}s that hold on a partial dataset (unique ids, rules within
 *       one record); if every element converted, run the others too (references).</li>
 * </ol>
 * Either a root that passed every step is returned or the exception is thrown.
 *
 * <p>Writing refuses a root that would not read back (the same validation, without parsing) and
 * gives the same bytes for equal roots: UTF-8, {@code \n} line ends and a final {@code \n}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <R> the root record
 */
final class DocumentCodec<R extends Record> {

    /** The names tried for a temporary file before giving up. */
    private static final int MAX_NAME_ATTEMPTS = 100;

    private final Class<R> rootType;
    private final RecordComponent[] components;
    private final String versionProperty;
    private final Set<String> supportedVersions;
    private final List<DatasetCheck<R>> checks;
    private final List<DatasetCheck<R>> partialChecks;
    private final DatasetReadOptions options;
    private final JsonMapper mapper;
    private final JacksonViolations jackson;
    private final BeanViolations beans = new BeanViolations();
    /** The readers of the list components' elements, by component name; elements are read one by one. */
    private final Map<String, ObjectReader> elementReaders = new LinkedHashMap<>();
    /** Reads one value inside the document, which is followed by more. */
    private final ObjectReader valueReader;

    /**
     * Creates a codec.
     *
     * @param rootType the root record; its components must be of reference types
     * @param versionProperty the name of the {@code String} component that holds the format version
     * @param supportedVersions the versions this codec reads and writes
     * @param checks the rules over the whole dataset
     * @param options the reading limits and message language
     */
    DocumentCodec(Class<R> rootType, String versionProperty, Set<String> supportedVersions,
            List<DatasetCheck<R>> checks, DatasetReadOptions options) {
        this(rootType, versionProperty, supportedVersions, checks, List.of(), options);
    }

    /**
     * Creates a codec with rules that also hold on a partly converted dataset.
     *
     * @param rootType the root record; its components must be of reference types
     * @param versionProperty the name of the {@code String} component that holds the format version
     * @param supportedVersions the versions this codec reads and writes
     * @param checks the rules over the whole dataset, run only when every element converted, such
     *     as "references resolve" (an element that failed to convert would look missing)
     * @param partialChecks the rules run on every dataset, even one in which some elements failed to
     *     convert and are null at their index, such as "ids are unique"; they also run in full
     * @param options the reading limits and message language
     */
    DocumentCodec(Class<R> rootType, String versionProperty, Set<String> supportedVersions,
            List<DatasetCheck<R>> checks, List<DatasetCheck<R>> partialChecks, DatasetReadOptions options) {
        this.partialChecks = List.copyOf(partialChecks);
        this.rootType = Objects.requireNonNull(rootType, "rootType");
        this.components = rootType.getRecordComponents();
        this.versionProperty = Objects.requireNonNull(versionProperty, "versionProperty");
        this.supportedVersions = Set.copyOf(new TreeSet<>(supportedVersions));
        this.checks = List.copyOf(checks);
        this.options = Objects.requireNonNull(options, "options");
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(versionProperty) && c.getType() == String.class)) {
            throw new IllegalArgumentException("Invalid version property '" + versionProperty + "' of "
                    + rootType.getSimpleName() + ", expected a String component such as 'formatVersion'");
        }
        ValueTypeModule valueTypes = ValueTypeModule.core();
        this.mapper = DatasetJson.mapper(options, valueTypes);
        this.jackson = new JacksonViolations(options, valueTypes);
        this.valueReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (RecordComponent component : components) {
            JavaType type = mapper.constructType(component.getGenericType());
            if (type.isTypeOrSubTypeOf(List.class) && !component.getName().equals(versionProperty)) {
                elementReaders.put(component.getName(), valueReader.forType(type.getContentType()));
            }
        }
    }

    R read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        // Not closed here: closing it would close the caller's stream.
        @SuppressWarnings("resource")
        InputStream checked = new StrictUtf8InputStream(in);
        return read(() -> mapper.createParser(checked));
    }

    R read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        return read(() -> mapper.createParser(reader));
    }

    R read(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return read(() -> mapper.createParser(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a regular file, refusing anything else before opening it (a named pipe with no writer
     * would block forever) and a file over the length limit before reading a byte of it.
     */
    R read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "it is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null,
                    "it is not a regular file (a pipe, a socket or a device); read such a source as a stream");
        }
        if (attributes.size() > options.maxDocumentLength()) {
            throw invalid(List.of(jackson.documentTooLong()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Returns every violation of a root built in code, sorted and without repeats. */
    List<Violation> validate(R root) {
        List<Violation> violations = violationsOf(root);
        return violations.isEmpty() ? List.of() : invalid(violations).violations();
    }

    /** Throws every violation of a root built in code, if it has any. */
    void requireValid(R root) {
        throwIfAny(violationsOf(root));
    }

    byte[] toBytes(R root) {
        requireValid(root);
        try {
            byte[] json = mapper.writeValueAsBytes(root);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The dataset model cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    String toJson(R root) {
        return new String(toBytes(root), StandardCharsets.UTF_8);
    }

    void write(R root, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(root));
    }

    /**
     * Writes a document to a file atomically: to a temporary file in the same directory, then moved
     * over the target in one step, so that readers see the old document or the new one, never a
     * part. Nothing is written if the root is invalid; the temporary file is removed on failure.
     * The file gets the permissions of any file the user creates (the umask decides), as the
     * reports written beside it do, not those of a private temporary file.
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot replace the
     *     file atomically
     */
    void write(R root, Path file) throws IOException {
        byte[] json = toBytes(root);
        Path target = file.toAbsolutePath();
        Path temporary = createSibling(target);
        try {
            Files.write(temporary, json);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Creates a new empty hidden sibling with the process's default permissions, unlike {@link Files#createTempFile}. */
    private static Path createSibling(Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path sibling = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(sibling);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /**
     * Reads a document element by element: each element of a top-level list is read straight from
     * the parser into its record and validated, so that memory holds the records read rather than a
     * tree of the whole document (several times its size), and no element is parsed twice. Other
     * top-level values are kept as trees. A document that turns out malformed, or whose
     * version is missing or unsupported, gives that one violation and nothing else, as if it had
     * been checked first.
     */
    private R read(ParserSource source) throws IOException {
        List<Violation> violations = new ArrayList<>();
        List<Violation> validations = new ArrayList<>();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        Set<String> failedLists = new TreeSet<>();
        // Kept for the catch clauses: a reading limit is thrown without the parser, which knows where it is.
        JsonParser opened = null;
        try (JsonParser parser = source.open(); ElementValidation validation = new ElementValidation()) {
            opened = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw invalid(List.of(Violation.of(JsonPaths.ROOT, "dataset.json.empty", Map.of())));
            }
            if (first != JsonToken.START_OBJECT) {
                value(parser);
                verifyNoTrailingTokens(parser);
                throw invalid(List.of(Violation.of(JsonPaths.ROOT, "dataset.json.expected.object", Map.of())));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                ObjectReader elementReader = elementReaders.get(name);
                if (elementReader != null && value == JsonToken.START_ARRAY) {
                    int before = violations.size();
                    lists.put(name, streamList(parser, JsonPaths.property(JsonPaths.ROOT, name), elementReader,
                            violations, validation));
                    if (violations.size() != before) {
                        failedLists.add(name);
                    }
                } else {
                    // A repeated key is a parse error (strict duplicate detection), so each name comes once.
                    values.put(name, value(parser));
                }
            }
            verifyNoTrailingTokens(parser);
            validations.addAll(validation.violations());
        } catch (JsonProcessingException e) {
            throw invalid(List.of(jackson.ofParsing(e, opened)));
        } catch (CharConversionException e) {
            throw invalid(List.of(jackson.ofEncoding(e)));
        }
        JsonNode version = values.get(versionProperty);
        checkVersion(version == null || version.isNull() ? null : version);
        violations.addAll(unknownProperties(values.keySet(), lists.keySet()));
        Object[] arguments = new Object[components.length];
        boolean complete = failedLists.isEmpty();
        for (int c = 0; c < components.length; c++) {
            RecordComponent component = components[c];
            String name = component.getName();
            String path = JsonPaths.property(JsonPaths.ROOT, name);
            JsonNode node = values.get(name);
            if (name.equals(versionProperty)) {
                arguments[c] = version.textValue();
            } else if (lists.containsKey(name)) {
                arguments[c] = lists.get(name);
            } else if (node != null && !node.isNull() && elementReaders.containsKey(name)) {
                // A list that is not a JSON array: arrays were streamed.
                violations.add(Violation.of(path, "dataset.json.expected.array", Map.of()));
                arguments[c] = List.of();
                complete = false;
            } else if (node != null && !node.isNull()) {
                int before = violations.size();
                arguments[c] = convert(path, node, mapper.constructType(component.getGenericType()), violations,
                        validations);
                complete &= violations.size() == before;
            }
        }
        violations.addAll(validations);
        if (!complete) {
            // A root whose constructor refuses the missing elements only loses the partial checks.
            partialRoot(arguments).ifPresent(partial -> {
                violations.addAll(rootConstraints(partial));
                partialChecks.forEach(check -> check.check(partial).forEach(violations::add));
            });
            throw invalid(violations);
        }
        R root = construct(arguments);
        violations.addAll(rootConstraints(root));
        partialChecks.forEach(check -> check.check(root).forEach(violations::add));
        checks.forEach(check -> check.check(root).forEach(violations::add));
        throwIfAny(violations);
        return root;
    }

    /** Reads the elements of a list the parser is at the start of, up to and with its end. */
    private List<Object> streamList(JsonParser parser, String path, ObjectReader elementReader,
            List<Violation> violations, ElementValidation validation) throws IOException {
        JsonStreamContext list = parser.getParsingContext();
        List<Object> elements = new ArrayList<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            if (token == JsonToken.VALUE_NULL) {
                violations.add(Violation.of(JsonPaths.index(path, index), "dataset.json.nullElement", Map.of()));
            } else {
                elements.add(readElement(parser, list, new Element(path, index), elementReader, violations, validation));
            }
        }
        return elements;
    }

    /**
     * Reads one element straight from the parser into its record, with no tree in between, and
     * validates it. An element that does not map is one violation, and the parser skips the rest of
     * it, so that the next elements are still read; malformed JSON or a reading limit met inside it
     * is thrown as the document's violation, as from anywhere else in the document.
     */
    private Object readElement(JsonParser parser, JsonStreamContext list, Element element, ObjectReader reader,
            List<Violation> violations, ElementValidation validation) throws IOException {
        try {
            Object value = reader.readValue(parser);
            validation.validate(element, value);
            return value;
        } catch (JsonMappingException e) {
            // Databind wraps what the parser throws within a record: malformed JSON or a limit is the
            // document's error; a number out of its type's range is the value's.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                boolean malformed = cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
                if (malformed || cause instanceof StreamConstraintsException) {
                    throw (JsonProcessingException) cause;
                }
            }
            violations.add(jackson.ofMapping(element.path(), e));
            skipRestOfElement(parser, list);
            return null;
        }
    }

    /** An element of a top-level list, whose JSON path is built only when a violation names it. */
    private record Element(String listPath, int index) {
        String path() {
            return JsonPaths.index(listPath, index);
        }
    }

    /** Moves the parser to the last token of the element it failed in: then it is back in the list. */
    private static void skipRestOfElement(JsonParser parser, JsonStreamContext list) throws IOException {
        JsonToken token = parser.currentToken();
        while (token != null && parser.getParsingContext() != list) {
            token = parser.nextToken();
        }
    }

    /** Reads the value the parser is at as a tree, leaving the parser at its last token. */
    private JsonNode value(JsonParser parser) throws IOException {
        JsonNode node = valueReader.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    /**
     * Runs Bean Validation on the elements read: in the reading thread, or, with a parallelism of 2
     * or more, in batches on threads of the read's own while the reading thread parses on. Closing
     * it stops those threads, so that a read that fails leaves none behind.
     */
    private final class ElementValidation implements AutoCloseable {
        /** Elements handed over at a time: enough to make a hand-over cheap, few to start early. */
        private static final int BATCH = 256;

        private final List<Violation> found = new ArrayList<>();
        private final ExecutorService threads;
        private final List<Future<List<Violation>>> pending = new ArrayList<>();
        private List<Element> elements = new ArrayList<>(BATCH);
        private List<Object> values = new ArrayList<>(BATCH);

        ElementValidation() {
            int parallelism = options.parallelism();
            threads = parallelism < 2 ? null : Executors.newFixedThreadPool(parallelism - 1, task -> {
                Thread thread = new Thread(task, "enslocal-dataset-validation");
                thread.setDaemon(true);
                return thread;
            });
        }

        void validate(Element element, Object value) {
            if (threads == null) {
                found.addAll(beans.validate(element::path, value));
                return;
            }
            elements.add(element);
            values.add(value);
            if (values.size() == BATCH) {
                handOver();
            }
        }

        private void handOver() {
            List<Element> batchElements = elements;
            List<Object> batchValues = values;
            pending.add(threads.submit(() -> {
                List<Violation> batch = new ArrayList<>();
                for (int i = 0; i < batchValues.size(); i++) {
                    batch.addAll(beans.validate(batchElements.get(i)::path, batchValues.get(i)));
                }
                return batch;
            }));
            elements = new ArrayList<>(BATCH);
            values = new ArrayList<>(BATCH);
        }

        /** Waits for the batches handed over and returns every violation found. */
        List<Violation> violations() throws InterruptedIOException {
            if (!values.isEmpty()) {
                handOver();
            }
            for (Future<List<Violation>> batch : pending) {
                try {
                    found.addAll(batch.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("Interrupted while validating the dataset's records");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    throw new IllegalStateException("Validating the dataset's records failed", e.getCause());
                }
            }
            pending.clear();
            return found;
        }

        @Override
        public void close() {
            if (threads != null) {
                threads.shutdownNow();
            }
        }
    }

    /** Rejects content after the root value, as {@code FAIL_ON_TRAILING_TOKENS} does for a tree. */
    private static void verifyNoTrailingTokens(JsonParser parser) throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw MismatchedInputException.from(parser, JsonNode.class, String.format(
                    "Trailing token (of type %s) found after value (bound as %s): not allowed as per"
                            + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
                    trailing, ClassUtil.nameOf(JsonNode.class)));
        }
    }

    private void checkVersion(JsonNode version) {
        Map<String, String> supported = Map.of("supported", String.join(", ", new TreeSet<>(supportedVersions)));
        String path = JsonPaths.property(JsonPaths.ROOT, versionProperty);
        if (version == null) {
            throw invalid(List.of(Violation.of(path, "dataset.formatVersion.missing", supported)));
        }
        if (!version.isTextual() || !supportedVersions.contains(version.textValue())) {
            Object rejected = version.isTextual() ? version.textValue() : version.toString();
            throw invalid(List.of(Violation.of(path, "dataset.formatVersion.unsupported", supported).rejecting(rejected)));
        }
    }

    private List<Violation> unknownProperties(Set<String> values, Set<String> lists) {
        List<String> known = Arrays.stream(components).map(RecordComponent::getName).sorted().toList();
        List<Violation> violations = new ArrayList<>();
        for (String name : new TreeSet<>(union(values, lists))) {
            if (!known.contains(name)) {
                violations.add(Violation.of(JsonPaths.property(JsonPaths.ROOT, name), "dataset.json.unknownProperty",
                        Map.of("name", name, "allowed", String.join(", ", known))));
            }
        }
        return violations;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    /**
     * Converts a value, adding a failure to {@code violations}, and validates it at once, adding
     * its constraint violations to {@code validations}, so that no tree or path outlives its element.
     */
    private Object convert(String path, JsonNode node, JavaType type, List<Violation> violations,
            List<Violation> validations) {
        try {
            Object value = mapper.treeToValue(node, type);
            validations.addAll(beans.validate(path, value));
            return value;
        } catch (JsonProcessingException e) {
            violations.add(jackson.ofMapping(path, e));
            return null;
        }
    }

    private List<Violation> violationsOf(R root) {
        Objects.requireNonNull(root, "root");
        List<Violation> violations = new ArrayList<>();
        for (RecordComponent component : components) {
            String path = JsonPaths.property(JsonPaths.ROOT, component.getName());
            Object value = accessor(component, root);
            if (component.getName().equals(versionProperty)) {
                if (!supportedVersions.contains(value)) {
                    violations.add(Violation.of(path, "dataset.formatVersion.unsupported",
                            Map.of("supported", String.join(", ", new TreeSet<>(supportedVersions)))).rejecting(value));
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    violations.addAll(list.get(i) == null
                            ? List.of(Violation.of(JsonPaths.index(path, i), "dataset.json.nullElement", Map.of()))
                            : beans.validate(JsonPaths.index(path, i), list.get(i)));
                }
            } else if (value != null) {
                violations.addAll(beans.validate(path, value));
            }
        }
        violations.addAll(rootConstraints(root));
        partialChecks.forEach(check -> check.check(root).forEach(violations::add));
        checks.forEach(check -> check.check(root).forEach(violations::add));
        return violations;
    }

    /**
     * Returns the violations of the constraints declared on the root's own components other than
     * lists and the version, such as a title's length: the lists' elements are validated one by one
     * and the version is checked first.
     */
    private List<Violation> rootConstraints(R root) {
        List<Violation> violations = new ArrayList<>();
        for (RecordComponent component : components) {
            String name = component.getName();
            if (!name.equals(versionProperty) && !elementReaders.containsKey(name)) {
                violations.addAll(beans.validateProperty(JsonPaths.ROOT, root, name));
            }
        }
        return violations;
    }

    private Object accessor(RecordComponent component, R root) {
        try {
            return component.getAccessor().invoke(root);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read component " + component.getName() + " of "
                    + rootType.getSimpleName(), e);
        }
    }

    private Optional<R> partialRoot(Object[] arguments) {
        if (partialChecks.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(construct(arguments));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private R construct(Object[] arguments) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return rootType.getDeclaredConstructor(types).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The constructor of " + rootType.getSimpleName()
                    + " must only normalise, yet it threw", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + rootType.getSimpleName(), e);
        }
    }

    private void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    private InvalidDatasetException invalid(List<Violation> violations) {
        Set<Violation> distinct = new TreeSet<>(ViolationOrder.INSTANCE);
        distinct.addAll(violations);
        return new InvalidDatasetException(distinct, options.messageLocale());
    }
}
