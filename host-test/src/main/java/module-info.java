// SPDX-License-Identifier: Apache-2.0
/**
 * A host application that embeds ENS Local: reads a dataset, evaluates it and writes a report.
 */
module io.github.enslocal.host {
    requires io.github.enslocal.reporting;
}
