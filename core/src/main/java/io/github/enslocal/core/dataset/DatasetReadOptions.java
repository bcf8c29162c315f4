// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.util.Locale;
import java.util.Objects;

/**
 * The limits that guard reading a dataset document, the language of the violations reported and
 * the number of threads that read it.
 *
 * <p>A document that breaks a limit is rejected with a {@code dataset.json.limit.*} violation
 * before anything is built from it, so that a huge or hostile file cannot exhaust memory or the
 * stack. The defaults ({@link #defaults()}) fit the datasets of a large support body with room to
 * spare: a consell comarcal with 23 town halls and several years of incidents writes a few
 * megabytes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentLength the longest document accepted, in bytes for a byte source and in
 *     characters for a text source; default {@value #DEFAULT_MAX_DOCUMENT_LENGTH} (256 MiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted; default
 *     {@value #DEFAULT_MAX_NESTING_DEPTH}
 * @param maxStringLength the longest string value accepted, in characters; default
 *     {@value #DEFAULT_MAX_STRING_LENGTH} (1 MiB)
 * @param maxNumberLength the longest number accepted, in characters; default
 *     {@value #DEFAULT_MAX_NUMBER_LENGTH}
 * @param messageLocale the language of the exception message: Catalan ({@code ca}) and Spanish
 *     ({@code es}) are available, any other locale gives English; default English
 * @param parallelism the number of threads that read a document: 1 (the default) parses and
 *     validates in the calling thread; with 2 or more, the calling thread parses while
 *     {@code parallelism - 1} threads of the read's own run Bean Validation on the records already
 *     parsed. The result, violations included, is the same.
 */
public record DatasetReadOptions(
        long maxDocumentLength,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        Locale messageLocale,
        int parallelism) {

    /** The default longest document, 256 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
    /** The default deepest nesting. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default longest string, 1 MiB. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default longest number, in characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    private static final DatasetReadOptions DEFAULTS = new DatasetReadOptions(DEFAULT_MAX_DOCUMENT_LENGTH,
            DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, Locale.ENGLISH, 1);

    /**
     * Creates options, checking the limits.
     *
     * @param maxDocumentLength the longest document, 1 or more
     * @param maxNestingDepth the deepest nesting, 1 or more
     * @param maxStringLength the longest string, 1 or more
     * @param maxNumberLength the longest number, 1 or more
     * @param messageLocale the language of messages
     * @param parallelism the number of threads, 1 or more
     * @throws NullPointerException if {@code messageLocale} is null
     * @throws IllegalArgumentException if a limit or the parallelism is less than 1
     */
    public DatasetReadOptions {
        requirePositive("maxDocumentLength", maxDocumentLength, DEFAULT_MAX_DOCUMENT_LENGTH);
        requirePositive("maxNestingDepth", maxNestingDepth, DEFAULT_MAX_NESTING_DEPTH);
        requirePositive("maxStringLength", maxStringLength, DEFAULT_MAX_STRING_LENGTH);
        requirePositive("maxNumberLength", maxNumberLength, DEFAULT_MAX_NUMBER_LENGTH);
        Objects.requireNonNull(messageLocale, "messageLocale");
        requirePositive("parallelism", parallelism, 2);
    }

    /**
     * Returns the default options: the documented default limits, English messages and one thread.
     *
     * @return the defaults
     */
    public static DatasetReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another longest document.
     *
     * @param bytesOrChars the longest document, 1 or more
     * @return the new options
     * @throws IllegalArgumentException if {@code bytesOrChars} is less than 1
     */
    public DatasetReadOptions withMaxDocumentLength(long bytesOrChars) {
        return new DatasetReadOptions(bytesOrChars, maxNestingDepth, maxStringLength, maxNumberLength,
                messageLocale, parallelism);
    }

    /**
     * Returns a copy with another deepest nesting.
     *
     * @param depth the deepest nesting, 1 or more
     * @return the new options
     * @throws IllegalArgumentException if {@code depth} is less than 1
     */
    public DatasetReadOptions withMaxNestingDepth(int depth) {
        return new DatasetReadOptions(maxDocumentLength, depth, maxStringLength, maxNumberLength,
                messageLocale, parallelism);
    }

    /**
     * Returns a copy with another longest string.
     *
     * @param chars the longest string, 1 or more
     * @return the new options
     * @throws IllegalArgumentException if {@code chars} is less than 1
     */
    public DatasetReadOptions withMaxStringLength(int chars) {
        return new DatasetReadOptions(maxDocumentLength, maxNestingDepth, chars, maxNumberLength,
                messageLocale, parallelism);
    }

    /**
     * Returns a copy with another longest number.
     *
     * @param chars the longest number, 1 or more
     * @return the new options
     * @throws IllegalArgumentException if {@code chars} is less than 1
     */
    public DatasetReadOptions withMaxNumberLength(int chars) {
        return new DatasetReadOptions(maxDocumentLength, maxNestingDepth, maxStringLength, chars,
                messageLocale, parallelism);
    }

    /**
     * Returns a copy with messages in another language.
     *
     * @param locale the language; Catalan and Spanish are available, any other gives English
     * @return the new options
     * @throws NullPointerException if {@code locale} is null
     */
    public DatasetReadOptions withMessageLocale(Locale locale) {
        return new DatasetReadOptions(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength,
                locale, parallelism);
    }

    /**
     * Returns a copy that reads with another number of threads.
     *
     * @param threads 1 to parse and validate in the calling thread; 2 or more to validate on
     *     {@code threads - 1} threads of the read's own while the calling thread parses
     * @return the new options
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public DatasetReadOptions withParallelism(int threads) {
        return new DatasetReadOptions(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength,
                messageLocale, threads);
    }

    private static void requirePositive(String name, long value, long example) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    "Invalid " + name + " " + value + ", expected 1 or more, e.g. " + example);
        }
    }
}
