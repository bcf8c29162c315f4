// SPDX-License-Identifier: Apache-2.0
/**
 * The ENS Local programs: the {@code enslocal} command line, the demo dataset and small programs
 * showing how a host embeds the library. Nothing here is API; the module exports no package.
 */
module io.github.enslocal.samples {
    requires io.github.enslocal.reporting;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    opens io.github.enslocal.samples.cli to info.picocli;
}
