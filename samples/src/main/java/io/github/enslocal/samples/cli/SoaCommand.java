// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.ens.DimensionLevels;
import io.github.enslocal.ens.applicability.ApplicabilityEvaluator;
import io.github.enslocal.ens.catalog.MeasureCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code enslocal soa}: the category of a valuation and which measures apply to it, without a
 * dataset (RD 311/2022 Anexo I and the Anexo II table).
 */
@Command(name = "soa",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Works out the category of a system and which of the 73 measures of RD 311/2022 Anexo II apply,"
                    + " with which reinforcements and why, from the levels of its five dimensions."
                    + " No dataset is needed."
        },
        footerHeading = "%nJSON output:%n",
        footer = {
            "  {\"category\": \"MEDIA\",",
            "   \"levels\": {\"C\": \"MEDIO\", \"A\": \"MEDIO\", ...},",
            "   \"measures\": [{\"id\": \"op.acc.6\", \"applies\": true,",
            "                 \"reinforcements\": [\"op.acc.6.r5\", ...],",
            "                 \"oneOf\": [[\"op.acc.6.r1\", ...]],",
            "                 \"reason\": \"op.acc.6 + R5 ... because ...\"}, ...]}",
            "category is BASICA, MEDIA or ALTA; levels holds the assigned dimensions only, in C, I, T, A, D"
                    + " order; measures holds all 73, in catalog order."
        })
final class SoaCommand extends PrintingCommand {

    @Option(names = "--levels", required = true, paramLabel = "LEVELS", converter = LevelsConverter.class,
            description = {
                "The level of each dimension, e.g. C=MEDIO,I=BAJO,T=BAJO,A=MEDIO,D=BAJO.",
                "Dimensions C, I, T, A, D; levels BAJO, MEDIO, ALTO. A dimension left out is not assigned"
                        + " (which is not BAJO); at least one must be assigned."
            })
    private DimensionLevels levels;

    @Override
    CommandOutput result() {
        return new SoaOutput(ApplicabilityEvaluator.of(MeasureCatalog.bundled()).evaluate(levels));
    }
}
