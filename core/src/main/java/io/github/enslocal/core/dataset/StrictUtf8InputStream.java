// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a document's bytes through unchanged while checking that they are well-formed UTF-8
 * (RFC 3629): no overlong form, no surrogate, nothing above U+10FFFF, no sequence cut short. Jackson
 * checks most of this itself but decodes overlong forms and code points above U+10FFFF inside
 * strings without complaint.
 *
 * <p>A document that starts with a UTF-16 or UTF-32 byte order mark, or has a zero byte among its
 * first four, is refused as a whole with a {@link NotUtf8Exception}: the format is UTF-8, and
 * Jackson would otherwise decode those encodings silently. A UTF-8 byte order mark is let through
 * for Jackson to skip, as RFC 8259 (section 8.1) allows.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    private static final int HEAD = 4;

    private final byte[] head = new byte[HEAD];
    private int headLength;
    /** Null until the first bytes tell whether the document is UTF-8. */
    private Boolean checked;
    private int pendingContinuations;
    private int lowest = 0x80;
    private int highest = 0xBF;
    private long line = 1;
    private long column;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    /** Thrown at the first byte that is not well-formed UTF-8, with its line and column. */
    static final class MalformedUtf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;

        private final long line;
        private final long column;

        MalformedUtf8Exception(String message, long line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    /** Thrown at the start of a document in UTF-16 or UTF-32, naming the encoding. */
    static final class NotUtf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;

        private final String encoding;

        NotUtf8Exception(String encoding) {
            super("The document is in " + encoding + ", not UTF-8");
            this.encoding = encoding;
        }

        /** Returns the encoding found, e.g. {@code UTF-16LE}, or {@code UTF-16 or UTF-32} without a mark. */
        String encoding() {
            return encoding;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            accept(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            end();
        }
        for (int i = 0; i < count; i++) {
            byte b = buffer[offset + i];
            // Printable ASCII outside a sequence only moves the column: the usual byte, checked cheaply.
            if (b > '\n' && pendingContinuations == 0 && Boolean.TRUE.equals(checked)) {
                column++;
            } else {
                accept(b & 0xFF);
            }
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void accept(int b) throws CharConversionException {
        if (checked == null) {
            head[headLength++] = (byte) b;
            if (headLength == HEAD) {
                decide();
            }
        } else if (checked) {
            check(b);
        }
    }

    private void end() throws CharConversionException {
        if (checked == null) {
            decide();
        }
        if (checked && pendingContinuations > 0) {
            throw new MalformedUtf8Exception("Unexpected end-of-input in a UTF-8 byte sequence", line, column);
        }
    }

    private void decide() throws CharConversionException {
        int first = headLength > 0 ? head[0] & 0xFF : -1;
        int second = headLength > 1 ? head[1] & 0xFF : -1;
        boolean zero = false;
        for (int i = 0; i < headLength; i++) {
            zero |= head[i] == 0;
        }
        if (first == 0xFF && second == 0xFE) {
            throw new NotUtf8Exception(headLength == HEAD && head[2] == 0 && head[3] == 0 ? "UTF-32LE" : "UTF-16LE");
        }
        if (first == 0xFE && second == 0xFF) {
            throw new NotUtf8Exception("UTF-16BE");
        }
        if (headLength == HEAD && first == 0 && second == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
            throw new NotUtf8Exception("UTF-32BE");
        }
        if (zero) {
            throw new NotUtf8Exception("UTF-16 or UTF-32");
        }
        checked = true;
        for (int i = 0; i < headLength; i++) {
            check(head[i] & 0xFF);
        }
    }

    private void check(int b) throws MalformedUtf8Exception {
        if (b == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
        if (pendingContinuations > 0) {
            if (b < lowest || b > highest) {
                throw invalid("Invalid UTF-8 middle byte", b);
            }
            pendingContinuations--;
            lowest = 0x80;
            highest = 0xBF;
        } else if (b >= 0x80) {
            start(b);
        }
    }

    /** Sets what the bytes after a multi-byte lead byte may be (RFC 3629, section 4). */
    private void start(int b) throws MalformedUtf8Exception {
        if (b >= 0xC2 && b <= 0xDF) {
            pendingContinuations = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pendingContinuations = 2;
            lowest = b == 0xE0 ? 0xA0 : 0x80;
            highest = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pendingContinuations = 3;
            lowest = b == 0xF0 ? 0x90 : 0x80;
            highest = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw invalid("Invalid UTF-8 start byte", b);
        }
    }

    private MalformedUtf8Exception invalid(String what, int b) {
        return new MalformedUtf8Exception(String.format("%s 0x%02x", what, b), line, column);
    }
}
