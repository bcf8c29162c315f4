// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.ens.catalog.MeasureCatalog;
import picocli.CommandLine.Command;

/**
 * {@code enslocal catalog}: the bundled measure catalog of RD 311/2022 Anexo II.
 */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints the bundled catalog of RD 311/2022 Anexo II: every measure in the order of the Anexo with its"
                    + " group, name, basis (category or dimensions), the requirement of each column of the table"
                    + " and its reinforcements."
        },
        footerHeading = "%nJSON output:%n",
        footer = {
            "{\"dataVersion\", \"sourceReference\", \"measures\": [{\"id\", \"group\", \"groupName\", \"name\","
                    + " \"basis\", \"dimensions\", \"requirements\", \"reinforcements\"}, ...]}",
            "basis is \"category\" or \"dimensions\"; dimensions lists the letters (C, I, T, A, D) of a"
                    + " dimension-based measure; requirements has BASICA, MEDIA and ALTA (the BAJO, MEDIO and ALTO"
                    + " columns for a dimension-based measure), each {\"applies\", \"reinforcements\", \"oneOf\"}"
                    + " with full reinforcement ids such as \"op.acc.6.r5\"; reinforcements lists"
                    + " {\"id\", \"name\", \"referencedInTable\"}."
        })
final class CatalogCommand extends PrintingCommand {

    @Override
    CommandOutput result() {
        return new CatalogOutput(MeasureCatalog.bundled());
    }
}
