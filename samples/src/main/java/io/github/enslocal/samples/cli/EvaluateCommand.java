// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.cli;

import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.MunicipalityEvaluation;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code enslocal evaluate}: the ENS compliance of a dataset's information systems at a date.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Evaluates the ENS compliance of every information system of a dataset (or one) at a date: its"
                    + " category, the compliance and maturity indices of CCN-STIC 815 (as n/d and %%), the zone,"
                    + " the status of every measure with its reasons, and the findings of the evidence rules."
        },
        footerHeading = "%nJSON output (fields documented in docs/evaluate-json.md):%n",
        footer = {
            "  {\"asOf\": \"2025-12-31\",",
            "   \"summary\": {\"systems\", \"complianceIndex\", \"maturityIndex\", \"zone\", \"statusCounts\","
                    + " \"findingCounts\"},",
            "   \"municipalities\": [{\"code\", \"name\", \"systems\", \"complianceIndex\", ...}, ...],",
            "   \"systems\": [{\"id\", \"name\", \"municipality\", \"supportBody\", \"category\", \"categorization\",",
            "                \"complianceIndex\", \"maturityIndex\", \"zone\", \"statusCounts\", \"findingCounts\",",
            "                \"systemFindings\": [FINDING, ...],",
            "                \"measures\": [{\"id\", \"status\", \"requiredMaturity\", \"declaredMaturity\",",
            "                              \"missingReinforcements\", \"unmetOneOf\", \"findings\": [FINDING, ...],",
            "                              \"reason\"}, ...]}, ...]}",
            "An index is {\"numerator\", \"denominator\", \"percentage\"} (percentage rounded half-even to one"
                    + " decimal, null when the denominator is 0). FINDING is {\"rule\", \"part\", \"grade\","
                    + " \"code\", \"arguments\", \"message\", \"subjects\": [{\"kind\", \"id\"}, ...]}; sentences are in"
                    + " the language of --lang. zone is GREEN, YELLOW, RED or null; category is"
                    + " BASICA, MEDIA, ALTA or null; status is COMPLIANT, PARTIALLY_COMPLIANT, NON_COMPLIANT,"
                    + " COMPENSATED, EXCLUDED, NOT_ASSESSED or NOT_APPLICABLE; maturities are L0 to L5.",
            "Systems are in id order, municipalities in INE code order, measures in catalog order (all 73),"
                    + " findings in the library's order; the same dataset and date give the same bytes."
        })
final class EvaluateCommand extends PrintingCommand {

    /** The most system ids an unknown {@code --system} error suggests. */
    private static final int SYSTEMS_SUGGESTED = 10;

    @Mixin
    private DatasetInput dataset;

    @Mixin
    private DatasetResources resources;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The date of the evaluation, e.g. 2025-12-31: ages and validity are judged on it and"
                    + " anything dated after it is ignored.")
    private LocalDate asOf;

    @Option(names = "--system", paramLabel = "ID",
            description = "Evaluate only this information system, by its id in the dataset.")
    private Optional<String> systemId;

    @Override
    CommandOutput result() throws IOException {
        Dataset read = dataset.read(resources).dataset();
        DatasetEvaluation evaluation = resources.evaluator().evaluate(read, asOf);
        if (systemId.isPresent()) {
            evaluation = only(evaluation, systemId.get());
        }
        return new EvaluationOutput(read.title(), evaluation, ConsoleText.of(dataset.language()));
    }

    /** Returns the evaluation restricted to one system, its owner municipality counting that system only. */
    private DatasetEvaluation only(DatasetEvaluation evaluation, String id) {
        SystemEvaluation system = evaluation.system(id).orElseThrow(() -> new ParameterException(spec().commandLine(),
                "The dataset has no information system '" + id + "'; its systems include "
                        + evaluation.systems().stream().limit(SYSTEMS_SUGGESTED).map(SystemEvaluation::systemId)
                                .collect(Collectors.joining(", "))
                        + (evaluation.systems().size() > SYSTEMS_SUGGESTED ? ", …" : "") + "."));
        List<MunicipalityEvaluation> owner = system.owner().municipality()
                .flatMap(evaluation::municipality)
                .map(municipality -> new MunicipalityEvaluation(municipality.municipality(), municipality.name(),
                        List.of(system.systemId()), system.summary()))
                .stream().toList();
        return new DatasetEvaluation(evaluation.asOf(), List.of(system), owner, system.summary(), evaluation.basis());
    }
}
