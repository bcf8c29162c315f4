// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads JSON documents as trees under fixed limits: document size, nesting depth and string length
 * are bounded, duplicate keys and trailing content are rejected, and no type information is ever
 * read from the document.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HardenedJson {

    /** The largest document read, in bytes; the OSCAL catalog of Anexo II is about 450 kB. */
    static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HardenedJson() {
    }

    /**
     * Reads one JSON document as a tree.
     *
     * @param in the document, UTF-8; not closed
     * @param malformed makes the exception to throw when the document is not acceptable JSON, from
     *     a description of the problem (with its line and column) and its cause
     * @return the root node
     * @throws NullPointerException if an argument is null
     * @throws RuntimeException the exception {@code malformed} makes if the document is not
     *     well-formed JSON, is empty, has a duplicate key or exceeds a limit
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static JsonNode readTree(InputStream in,
            BiFunction<String, Throwable, ? extends RuntimeException> malformed) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(malformed, "malformed");
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw malformed.apply("not acceptable JSON: " + e.getOriginalMessage()
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw malformed.apply("the document is empty", null);
        }
        return root;
    }
}
