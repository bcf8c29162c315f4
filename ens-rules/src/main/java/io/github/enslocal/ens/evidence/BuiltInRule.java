// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.ens.spi.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The self-description every built-in rule shares, and the small vocabulary they use to phrase
 * findings. Subclasses are immutable and thread-safe.
 */
abstract class BuiltInRule implements EvidenceRule {

    private final String id;
    private final Set<MeasureId> measures;
    /** The same ids by their text, so that findings name them without parsing them again. */
    private final Map<String, MeasureId> measuresByValue;
    private final String description;
    private final List<Threshold> thresholds;

    BuiltInRule(String id, List<String> measures, String description, List<Threshold> thresholds) {
        this.id = id;
        this.measures = Collections.unmodifiableSet(new TreeSet<>(measures.stream().map(MeasureId::parse).toList()));
        this.measuresByValue = this.measures.stream().collect(Collectors.toUnmodifiableMap(MeasureId::value,
                Function.identity()));
        this.description = description;
        this.thresholds = List.copyOf(thresholds);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<MeasureId> measures() {
        return measures;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<Threshold> thresholds() {
        return thresholds;
    }

    @Override
    public final List<Finding> evaluate(EvaluationContext context) {
        List<Finding> findings = new ArrayList<>();
        check(context, new Findings(id, measuresByValue, findings));
        return List.copyOf(findings);
    }

    /**
     * Adds the findings about one system.
     *
     * @param context what the rule reads
     * @param findings where to add the findings
     */
    abstract void check(EvaluationContext context, Findings findings);

    @Override
    public String toString() {
        return id + ": " + description;
    }

    /** Collects a rule's findings, dropping empty groups of subjects. */
    static final class Findings {
        private final String ruleId;
        private final Map<String, MeasureId> measures;
        private final List<Finding> sink;

        Findings(String ruleId, Map<String, MeasureId> measures, List<Finding> sink) {
            this.ruleId = ruleId;
            this.measures = measures;
            this.sink = sink;
        }

        void add(String measure, FindingGrade grade, String message, List<Subject> subjects) {
            MeasureId id = measures.get(measure);
            if (id == null) {
                throw new IllegalArgumentException("Rule '" + ruleId + "' does not serve " + measure + ", only "
                        + measures.keySet());
            }
            sink.add(Finding.of(ruleId, id, grade, message, subjects));
        }

        /** Adds a finding about the assets, phrased "N nouns " + predicate, if there are any. */
        void assets(String measure, FindingGrade grade, List<Asset> assets, String predicate) {
            if (!assets.isEmpty()) {
                add(measure, grade, count(assets) + " " + predicate, assets.stream().map(asset -> Subject.asset(asset.id())).toList());
            }
        }

        /**
         * Adds a minor finding about the assets whose dated fact is older than a maximum age, and a
         * finding of another grade about those with no date recorded by the evaluation date.
         */
        void incidents(String measure, FindingGrade grade, List<Incident> incidents, String predicate) {
            if (!incidents.isEmpty()) {
                add(measure, grade, plural(incidents.size(), "incident") + " " + predicate,
                        incidents.stream().map(incident -> Subject.incident(incident.id())).toList());
            }
        }

        void ages(String measure, List<Asset> assets, Function<Asset, Optional<LocalDate>> date, LocalDate asOf,
                int maxAgeDays, String stale, FindingGrade noneGrade, String none) {
            LocalDate oldest = asOf.minusDays(maxAgeDays);
            List<Asset> old = new ArrayList<>();
            List<Asset> unrecorded = new ArrayList<>();
            for (Asset asset : assets) {
                Optional<LocalDate> recorded = recordedBy(date.apply(asset), asOf);
                if (recorded.isEmpty()) {
                    unrecorded.add(asset);
                } else if (recorded.get().isBefore(oldest)) {
                    old.add(asset);
                }
            }
            if (!old.isEmpty()) {
                assets(measure, FindingGrade.MINOR, old, stale + " in the last " + maxAgeDays + " days");
            }
            assets(measure, noneGrade, unrecorded, none);
        }

        void system(FindingGrade grade, String message, Subject subject) {
            sink.add(Finding.ofSystem(ruleId, grade, message, List.of(subject)));
        }
    }

    /**
     * Returns a recorded date if it is not after the evaluation date: later records have not
     * happened yet as of the evaluation.
     */
    static Optional<LocalDate> recordedBy(Optional<LocalDate> date, LocalDate asOf) {
        return date.filter(day -> !day.isAfter(asOf));
    }

    /**
     * Returns a count with the noun that fits the assets: their type when they share one (servers
     * physical and virtual count as servers), otherwise "asset".
     */
    static String count(List<Asset> assets) {
        Set<AssetType> types = EnumSet.noneOf(AssetType.class);
        boolean servers = true;
        for (Asset asset : assets) {
            types.add(asset.type());
            servers &= asset.type().isServer();
        }
        String noun;
        if (servers) {
            noun = types.size() == 1 && types.contains(AssetType.VIRTUAL_SERVER) ? "virtual server" : "server";
        } else if (types.size() == 1) {
            noun = noun(types.iterator().next());
        } else {
            noun = "asset";
        }
        return plural(assets.size(), noun);
    }

    static String plural(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    private static String noun(AssetType type) {
        return switch (type) {
            case DESKTOP -> "desktop";
            case LAPTOP -> "laptop";
            case SERVER -> "server";
            case VIRTUAL_SERVER -> "virtual server";
            case MOBILE -> "mobile";
            case TABLET -> "tablet";
            case NETWORK_DEVICE -> "network device";
            case PRINTER -> "printer";
            case STORAGE -> "storage device";
            case SOFTWARE -> "software product";
            case CLOUD_SERVICE -> "cloud service";
        };
    }
}
