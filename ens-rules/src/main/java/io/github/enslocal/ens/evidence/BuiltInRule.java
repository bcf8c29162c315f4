// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.ens.evidence;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.asset.AssetType;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.core.ens.ReinforcementId;
import io.github.enslocal.core.incident.Incident;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingTexts;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.Quantity;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.ens.spi.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The self-description every built-in rule shares, the parts of measures it checks, and the small
 * vocabulary the rules use to report findings as codes with arguments.
 * Subclasses are immutable and thread-safe.
 */
abstract class BuiltInRule implements EvidenceRule {

    private final String id;
    private final Set<MeasureId> measures;
    /** The parts the rule checks by their text, so that findings name them without parsing them again. */
    private final Map<String, Part> parts;
    private final String description;
    private final List<Threshold> thresholds;

    /**
     * Creates a rule.
     *
     * @param id the rule id
     * @param parts the parts of measures it checks, a measure id for the base requirement (e.g.
     *     {@code "mp.eq.3"}) or a reinforcement id (e.g. {@code "mp.eq.3.r1"})
     * @param description what it checks, citing the parts
     * @param thresholds the thresholds it applies
     */
    BuiltInRule(String id, List<String> parts, String description, List<Threshold> thresholds) {
        this.id = id;
        Map<String, Part> byText = new TreeMap<>();
        for (String text : parts) {
            byText.put(text, Part.parse(text));
        }
        this.parts = Collections.unmodifiableMap(byText);
        this.measures = Collections.unmodifiableSet(new TreeSet<>(byText.values().stream().map(Part::measure).toList()));
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
        check(context, new Findings(id, parts, findings));
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

    /** A part of a measure: its base requirement, or one of its reinforcements. */
    private record Part(MeasureId measure, Optional<ReinforcementId> reinforcement) {
        static Part parse(String text) {
            if (text.matches(".*\\.r[0-9]+")) {
                ReinforcementId reinforcement = ReinforcementId.parse(text);
                return new Part(reinforcement.measure(), Optional.of(reinforcement));
            }
            return new Part(MeasureId.parse(text), Optional.empty());
        }
    }

    /** Collects a rule's findings with the built-in texts, dropping empty groups of subjects. */
    static final class Findings {
        private final String ruleId;
        private final Map<String, Part> parts;
        private final List<Finding> sink;

        Findings(String ruleId, Map<String, Part> parts, List<Finding> sink) {
            this.ruleId = ruleId;
            this.parts = parts;
            this.sink = sink;
        }

        /**
         * Adds a finding about a part of a measure.
         *
         * @param part the part, one the rule declares, e.g. {@code "mp.eq.3.r1"}
         */
        void add(String part, FindingGrade grade, String code, Map<String, ?> arguments, List<Subject> subjects) {
            Part checked = parts.get(part);
            if (checked == null) {
                throw new IllegalArgumentException("Rule '" + ruleId + "' does not check " + part + ", only "
                        + parts.keySet());
            }
            sink.add(new Finding(ruleId, Optional.of(checked.measure()), checked.reinforcement(), grade, code,
                    Map.copyOf(arguments), subjects, FindingTexts.builtIn()));
        }

        /** Adds a finding about the assets, with their count as argument {@code assets}, if there are any. */
        void assets(String part, FindingGrade grade, List<Asset> assets, String code, Map<String, ?> arguments) {
            if (!assets.isEmpty()) {
                Map<String, Object> all = new HashMap<>(arguments);
                all.put("assets", count(assets));
                add(part, grade, code, all, assets.stream().map(asset -> Subject.asset(asset.id())).toList());
            }
        }

        void assets(String part, FindingGrade grade, List<Asset> assets, String code) {
            assets(part, grade, assets, code, Map.of());
        }

        /** Adds a finding about the incidents, with their count as argument {@code incidents}, if there are any. */
        void incidents(String part, FindingGrade grade, List<Incident> incidents, String code, Map<String, ?> arguments) {
            if (!incidents.isEmpty()) {
                Map<String, Object> all = new HashMap<>(arguments);
                all.put("incidents", new Quantity(incidents.size(), "incident"));
                add(part, grade, code, all, incidents.stream().map(incident -> Subject.incident(incident.id())).toList());
            }
        }

        /**
         * Adds a minor finding ({@code staleCode}, with argument {@code maxAgeDays}) about the assets
         * whose dated fact is older than a maximum age, and a finding of another grade
         * ({@code noneCode}) about those with no date recorded by the evaluation date. An asset dated
         * exactly {@code maxAgeDays} before the evaluation date is not old.
         */
        void ages(String part, List<Asset> assets, Function<Asset, Optional<LocalDate>> date, LocalDate asOf,
                int maxAgeDays, String staleCode, FindingGrade noneGrade, String noneCode) {
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
            assets(part, FindingGrade.MINOR, old, staleCode, Map.of("maxAgeDays", maxAgeDays));
            assets(part, noneGrade, unrecorded, noneCode);
        }

        /** Adds a finding about the system as a whole. */
        void system(FindingGrade grade, String code, Map<String, ?> arguments, Subject subject) {
            sink.add(new Finding(ruleId, Optional.empty(), Optional.empty(), grade, code, Map.copyOf(arguments),
                    List.of(subject), FindingTexts.builtIn()));
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
     * Returns the count of the assets in the unit that fits them: their type when they share one
     * (servers physical and virtual count as servers), otherwise {@code asset}.
     */
    static Quantity count(List<Asset> assets) {
        Set<AssetType> types = EnumSet.noneOf(AssetType.class);
        boolean servers = true;
        for (Asset asset : assets) {
            types.add(asset.type());
            servers &= asset.type().isServer();
        }
        String unit;
        if (servers) {
            unit = types.size() == 1 && types.contains(AssetType.VIRTUAL_SERVER) ? "virtual-server" : "server";
        } else if (types.size() == 1) {
            unit = unit(types.iterator().next());
        } else {
            unit = "asset";
        }
        return new Quantity(assets.size(), unit);
    }

    private static String unit(AssetType type) {
        return switch (type) {
            case DESKTOP -> "desktop";
            case LAPTOP -> "laptop";
            case SERVER -> "server";
            case VIRTUAL_SERVER -> "virtual-server";
            case MOBILE -> "mobile";
            case TABLET -> "tablet";
            case NETWORK_DEVICE -> "network-device";
            case PRINTER -> "printer";
            case STORAGE -> "storage-device";
            case SOFTWARE -> "software-product";
            case CLOUD_SERVICE -> "cloud-service";
        };
    }
}
