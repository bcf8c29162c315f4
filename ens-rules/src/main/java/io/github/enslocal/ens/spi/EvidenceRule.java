// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.spi;

import io.github.enslocal.core.ens.MeasureId;
import java.util.List;
import java.util.Set;

/**
 * A rule that reads the dataset for evidence about one or more Anexo II measures of a system and
 * reports what fails as graded {@link Finding findings}.
 *
 * <p>A rule describes itself: an id, the measures it serves, a one-line description reports print
 * and the thresholds it applies. A rule finds problems; it never proves compliance. Having nothing
 * to check (a system without portable devices, say) yields no finding, and no finding alone never
 * makes a measure compliant: that takes a declared assessment.
 *
 * <p>Hosts add rules to an evaluator through its builder or through {@link java.util.ServiceLoader}:
 * list the implementation in {@code META-INF/services/io.github.enslocal.ens.spi.EvidenceRule} (or
 * {@code provides io.github.enslocal.ens.spi.EvidenceRule with …} on the module path) and ask the
 * builder to load service rules. A service implementation needs a public no-argument constructor.
 *
 * <p>Implementations must be immutable and thread-safe: an evaluator calls {@link #evaluate} for
 * many systems at once, and the same context and date must always give the same findings.
 */
public interface EvidenceRule {

    /**
     * Returns the rule's id, unique among the rules of an evaluator.
     *
     * @return the id, e.g. {@code "portable-device-encryption"}
     */
    String id();

    /**
     * Returns the measures whose evidence this rule reads; every finding about a measure names one
     * of these. A rule about the system as a whole (e.g. the periodic audit of RD 311/2022
     * art. 31) serves no measure.
     *
     * @return the measures, possibly empty
     */
    Set<MeasureId> measures();

    /**
     * Returns what the rule checks, in one line.
     *
     * @return e.g. {@code "Portable devices (laptops, mobiles, tablets) have encrypted disks"}
     */
    String description();

    /**
     * Returns the thresholds the rule applies, with where each value comes from.
     *
     * @return the thresholds, empty if the rule has none
     */
    List<Threshold> thresholds();

    /**
     * Judges one system.
     *
     * @param context what the rule may read, not null
     * @return the findings, empty if nothing fails; each with this rule's {@link #id()} and either
     *     no measure or one of {@link #measures()}
     */
    List<Finding> evaluate(EvaluationContext context);
}
