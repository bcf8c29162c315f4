// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Neutralises, in everything the program prints, the characters with which a dataset or an
 * argument could take control of a terminal: a text is data, never a command to the terminal.
 *
 * <p>Line feeds and tabs pass; every other C0 control (carriage return and escape included), DEL,
 * every C1 control, every Unicode format character (bidirectional overrides and isolates among
 * them), the line and paragraph separators and half a surrogate pair are written as the escape
 * {@code \\uXXXX} instead, as the rejected values of violations already are. Inside a JSON string
 * that escape means the same character, so JSON output keeps its meaning.
 *
 * <p>{@link #flush()} fails when the {@link PrintWriter} it writes to has met an error, such as a
 * closed pipe, so that the program can tell. Not thread-safe, like the writers it wraps.
 */
final class TerminalWriter extends FilterWriter {

    /** A high surrogate written last, waiting for its low half. */
    private int pendingHigh = -1;

    private TerminalWriter(Writer out) {
        super(out);
    }

    /**
     * Wraps a writer so that what it receives is neutralised.
     *
     * @param out the writer of a terminal, or of what may be one
     * @return a writer that neutralises and writes to {@code out}; {@code out} itself if it already does
     */
    static PrintWriter wrap(PrintWriter out) {
        if (out instanceof Neutralised) {
            return out;
        }
        return new Neutralised(new TerminalWriter(out));
    }

    /**
     * Returns a text as {@link TerminalWriter} would print it.
     *
     * @param text any text
     * @return the text with its control characters neutralised
     */
    static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isDangerous(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDangerous(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String escape(int c) {
        return String.format(Locale.ROOT, "\\u%04x", c);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingHigh >= 0) {
            int high = pendingHigh;
            pendingHigh = -1;
            if (Character.isLowSurrogate(ch)) {
                out.write(high);
                out.write(ch);
                return;
            }
            out.write(escape(high));
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else if (isDangerous(ch)) {
            out.write(escape(ch));
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        if (out instanceof PrintWriter printer && printer.checkError()) {
            throw new IOException("cannot write the output, the program reading it may have stopped");
        }
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh >= 0) {
            out.write(escape(pendingHigh));
            pendingHigh = -1;
        }
        super.close();
    }

    /** The print writer of a {@link TerminalWriter}, recognised so that it is not wrapped twice. */
    private static final class Neutralised extends PrintWriter {
        Neutralised(TerminalWriter out) {
            super(out);
        }
    }
}
