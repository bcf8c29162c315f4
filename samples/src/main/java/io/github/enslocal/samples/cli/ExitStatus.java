// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

/**
 * The exit statuses of the {@code enslocal} program; scripts can rely on them.
 */
enum ExitStatus {
    /** The command did what was asked. */
    OK(0),
    /** Something the program did not expect went wrong, which is a defect. */
    UNEXPECTED(1),
    /** The command line is wrong: an unknown command or option, a missing or malformed value. */
    USAGE(2),
    /** The dataset given is not valid; every violation is listed on the standard error. */
    INVALID_DATASET(3),
    /** A file could not be read or written. */
    IO(4);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /**
     * Returns the code the process exits with.
     *
     * @return 0 to 4
     */
    int code() {
        return code;
    }
}
