// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.register.MunicipalityRegister;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads, writes and validates {@link Dataset} documents in the ENS Local JSON format (see
 * {@code docs/dataset-format.md} and the JSON Schema shipped beside this class as
 * {@code dataset.schema.json}).
 *
 * <p><b>Reading</b> returns a dataset only if it is valid; otherwise it throws one
 * {@link InvalidDatasetException} carrying every violation found, each with its JSON path and a
 * message in English, Catalan or Spanish, and no part of the dataset. A dataset is valid when the
 * document is well-formed JSON within the {@linkplain DatasetReadOptions reading limits}, its
 * format version is supported, it has no unknown property, every value has the right type and
 * form, every Jakarta constraint of the records holds (the title's and the notice's included), every
 * date and instant is inside the {@link io.github.enslocal.core.time.DateWindow}, every text is
 * well-formed Unicode, no amount of money is negative, no duration exceeds 366 days, and the rules
 * between records hold: ids are
 * unique (support bodies, municipality codes, conventions, incidents, assets, systems, plans,
 * training sessions, expenses within a convention, actions within a plan), every reference
 * resolves, a system's measure is assessed at most once, incident security types exist in the
 * bundled CCN-STIC 817 {@link IncidentTaxonomy} and manual danger levels only raise the type's
 * default, incident histories are well formed, conventions keep the duration limits of Ley 40/2015
 * art. 49.h as the DESIGN reads them, adhesions end after they start, and an asset's vendor support
 * does not end before its acquisition. Whether an assessed measure exists in the ENS catalog is not
 * checked: the catalog belongs to {@code ens-rules}.
 *
 * <p><b>Warnings</b> are findings that do not make a dataset invalid: a municipality whose name
 * does not agree with the bundled INE {@link MunicipalityRegister} for its code. {@link #read}
 * ignores them; {@link #readWithWarnings} and {@link #warnings(Dataset)} report them.
 *
 * <p><b>Writing</b> refuses a dataset that would not read back (it throws the same exception) and
 * is deterministic: equal datasets give identical bytes, UTF-8 with {@code \n} line ends. Writing
 * to a file is atomic: readers see the old file or the new one, never a part.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class DatasetCodec {

    private final DocumentCodec<Dataset> documents;
    /** Built at the first warning asked for: the INE register takes a while to load, and reading needs none of it. */
    private volatile List<DatasetCheck<Dataset>> warningChecks;

    private DatasetCodec(DatasetReadOptions options) {
        this.documents = new DocumentCodec<>(Dataset.class, "formatVersion", Set.of(Dataset.CURRENT_FORMAT_VERSION),
                DatasetChecks.completeErrors(), DatasetChecks.partialErrors(IncidentTaxonomy.bundled()), options);
    }

    /** Holds the default codec, built on first use rather than whenever this class is loaded. */
    private static final class Default {
        static final DatasetCodec CODEC = new DatasetCodec(DatasetReadOptions.defaults());
    }

    /**
     * Obtains a codec with the default reading limits and English messages.
     *
     * @return the codec
     */
    public static DatasetCodec create() {
        return Default.CODEC;
    }

    /**
     * Obtains a codec with other reading limits or another message language.
     *
     * @param options the reading limits and message language, not null
     * @return the codec
     * @throws NullPointerException if {@code options} is null
     */
    public static DatasetCodec create(DatasetReadOptions options) {
        return new DatasetCodec(Objects.requireNonNull(options, "options"));
    }

    /**
     * Reads a valid dataset from a file in UTF-8. A file longer than the reading limit is refused
     * before any of it is read.
     *
     * @param file the file, not null
     * @return the dataset
     * @throws InvalidDatasetException if the document is not a valid dataset
     * @throws java.nio.file.FileSystemException if the file is a directory or not a regular file
     *     (a named pipe, a device), refused before it is opened
     * @throws IOException if the file cannot be read
     */
    public Dataset read(Path file) throws IOException {
        return documents.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a valid dataset from a stream of UTF-8, without closing it. A UTF-8 byte order mark is
     * skipped; a document in UTF-16 or UTF-32 is invalid ({@code dataset.json.encoding}).
     *
     * @param in the stream, not null
     * @return the dataset
     * @throws InvalidDatasetException if the document is not a valid dataset
     * @throws IOException if the stream cannot be read
     */
    public Dataset read(InputStream in) throws IOException {
        return documents.read(in);
    }

    /**
     * Reads a valid dataset from a character stream, without closing it.
     *
     * @param reader the reader, not null
     * @return the dataset
     * @throws InvalidDatasetException if the document is not a valid dataset
     * @throws IOException if the reader fails
     */
    public Dataset read(Reader reader) throws IOException {
        return documents.read(reader);
    }

    /**
     * Reads a valid dataset from a JSON text.
     *
     * @param json the document, not null
     * @return the dataset
     * @throws InvalidDatasetException if the document is not a valid dataset
     */
    public Dataset read(String json) {
        return documents.read(json);
    }

    /**
     * Reads a valid dataset from a file in UTF-8, with its warnings, as {@link #read(Path)} does.
     *
     * @param file the file, not null
     * @return the dataset and its warnings
     * @throws InvalidDatasetException if the document is not a valid dataset
     * @throws java.nio.file.FileSystemException if the file is a directory or not a regular file
     * @throws IOException if the file cannot be read
     */
    public DatasetReadResult readWithWarnings(Path file) throws IOException {
        return withWarnings(read(file));
    }

    /**
     * Reads a valid dataset from a byte stream, without closing it, with its warnings.
     *
     * @param in the stream, not null
     * @return the dataset and its warnings
     * @throws InvalidDatasetException if the document is not a valid dataset
     * @throws IOException if the stream cannot be read
     */
    public DatasetReadResult readWithWarnings(InputStream in) throws IOException {
        return withWarnings(read(in));
    }

    /**
     * Reads a valid dataset from a character stream, without closing it, with its warnings.
     *
     * @param reader the reader, not null
     * @return the dataset and its warnings
     * @throws InvalidDatasetException if the document is not a valid dataset
     * @throws IOException if the reader fails
     */
    public DatasetReadResult readWithWarnings(Reader reader) throws IOException {
        return withWarnings(read(reader));
    }

    /**
     * Reads a valid dataset from a JSON text, with its warnings.
     *
     * @param json the document, not null
     * @return the dataset and its warnings
     * @throws InvalidDatasetException if the document is not a valid dataset
     */
    public DatasetReadResult readWithWarnings(String json) {
        return withWarnings(read(json));
    }

    /**
     * Writes a valid dataset to a file atomically: to a temporary file in the same directory, then
     * moved over the target in one step. Nothing is written if the dataset is invalid.
     *
     * @param dataset the dataset, not null
     * @param file the file, created or replaced, not null
     * @throws InvalidDatasetException if the dataset is not valid
     * @throws IOException if the file cannot be written, or the file system cannot replace it
     *     atomically ({@link java.nio.file.AtomicMoveNotSupportedException})
     */
    public void write(Dataset dataset, Path file) throws IOException {
        documents.write(dataset, Objects.requireNonNull(file, "file"));
    }

    /**
     * Writes a valid dataset to a stream as UTF-8, without closing it. Nothing is written if the
     * dataset is invalid.
     *
     * @param dataset the dataset, not null
     * @param out the stream, not null
     * @throws InvalidDatasetException if the dataset is not valid
     * @throws IOException if the stream fails
     */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        documents.write(dataset, out);
    }

    /**
     * Writes a valid dataset to a character stream, without closing it. Nothing is written if the
     * dataset is invalid.
     *
     * @param dataset the dataset, not null
     * @param writer the writer, not null
     * @throws InvalidDatasetException if the dataset is not valid
     * @throws IOException if the writer fails
     */
    public void write(Dataset dataset, Writer writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        writer.write(toJson(dataset));
    }

    /**
     * Returns a valid dataset as a JSON text, exactly as it is written.
     *
     * @param dataset the dataset, not null
     * @return the document, ending with a line feed
     * @throws InvalidDatasetException if the dataset is not valid
     */
    public String toJson(Dataset dataset) {
        return documents.toJson(dataset);
    }

    /**
     * Returns every violation of a dataset, such as one built in code, by the same rules as
     * reading; the paths are those the dataset would have as a document.
     *
     * @param dataset the dataset, not null
     * @return the violations sorted by path, then code; empty if the dataset is valid
     */
    public List<Violation> validate(Dataset dataset) {
        return documents.validate(dataset);
    }

    /**
     * Checks a dataset, such as one built in code, by the same rules as reading.
     *
     * @param dataset the dataset, not null
     * @return the same dataset, valid
     * @throws InvalidDatasetException with every violation, if the dataset is not valid
     */
    public Dataset requireValid(Dataset dataset) {
        documents.requireValid(dataset);
        return dataset;
    }

    /**
     * Returns the warnings about a dataset: findings that do not make it invalid but deserve a
     * look, such as a municipality name that does not agree with the INE register
     * ({@code dataset.municipality.nameDisagrees}).
     *
     * @param dataset the dataset, not null; it need not be valid
     * @return the warnings sorted by path, then code; empty if there are none
     */
    public List<Violation> warnings(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<DatasetCheck<Dataset>> checks = warningChecks;
        if (checks == null) {
            checks = DatasetChecks.warnings(MunicipalityRegister.bundled());
            warningChecks = checks;
        }
        List<Violation> warnings = new ArrayList<>(checks.stream().flatMap(check -> check.check(dataset)).toList());
        warnings.sort(ViolationOrder.INSTANCE);
        return List.copyOf(warnings);
    }

    private DatasetReadResult withWarnings(Dataset dataset) {
        return new DatasetReadResult(dataset, warnings(dataset));
    }
}
