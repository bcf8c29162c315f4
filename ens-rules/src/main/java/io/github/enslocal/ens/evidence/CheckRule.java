// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.Threshold;
import java.util.List;
import java.util.function.BiConsumer;

/** A built-in rule whose check is a function, for rules small enough to read in one place. */
final class CheckRule extends BuiltInRule {

    private final BiConsumer<EvaluationContext, Findings> check;

    CheckRule(String id, List<String> measures, String description, List<Threshold> thresholds,
            BiConsumer<EvaluationContext, Findings> check) {
        super(id, measures, description, thresholds);
        this.check = check;
    }

    @Override
    void check(EvaluationContext context, Findings findings) {
        check.accept(context, findings);
    }
}
