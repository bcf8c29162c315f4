// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples.embedding;

import io.github.enslocal.core.asset.Asset;
import io.github.enslocal.core.dataset.Dataset;
import io.github.enslocal.core.ens.MeasureId;
import io.github.enslocal.ens.evaluation.ComplianceEvaluator;
import io.github.enslocal.ens.evaluation.DatasetEvaluation;
import io.github.enslocal.ens.evaluation.SystemEvaluation;
import io.github.enslocal.ens.spi.EvaluationContext;
import io.github.enslocal.ens.spi.EvidenceRule;
import io.github.enslocal.ens.spi.Finding;
import io.github.enslocal.ens.spi.FindingGrade;
import io.github.enslocal.ens.spi.FindingTexts;
import io.github.enslocal.ens.spi.Quantity;
import io.github.enslocal.ens.spi.Subject;
import io.github.enslocal.ens.spi.Threshold;
import io.github.enslocal.samples.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Adds a host's own evidence rule to the evaluator and shows what it finds.
 *
 * <p>The rule, {@link NamedServerResponsibleRule}, reads op.exp.1 (Inventario de activos) the way
 * a supporting body with a staff directory might: Anexo II asks the inventory to identify each
 * element's responsible, "la persona que toma las decisiones relativas al mismo", so a server whose
 * responsible is a post or a team rather than a person the directory knows is a minor
 * non-conformity. The built-in rules only check that a responsible is recorded.
 */
public final class CustomEvidenceRule {

    /** The staff directory of the host in {@link #main}: invented people, as the demo's are. */
    static final Set<String> DEMO_STAFF = Set.of("Jordi Vila", "Montserrat Soler", "Pere Casals");

    private CustomEvidenceRule() {
    }

    /**
     * The host's rule: every server the system runs on names as its responsible a person of the
     * staff directory.
     *
     * <p>Like every {@link EvidenceRule}, it is immutable and thread-safe, and reports problems only:
     * a system without servers gives no finding, and no finding never makes op.exp.1 compliant by
     * itself.
     *
     * @param staff the names of the people in the host's staff directory
     */
    public record NamedServerResponsibleRule(Set<String> staff) implements EvidenceRule {

        /** The rule's id, unique among the evaluator's rules. */
        public static final String ID = "host-named-server-responsible";

        /** The code of the rule's finding, a key of its texts. */
        public static final String CODE = "host.server-responsible-not-staff";

        private static final MeasureId INVENTORY = MeasureId.parse("op.exp.1");

        /**
         * Creates the rule, copying the directory.
         *
         * @param staff the names of the people in the directory, not null
         */
        public NamedServerResponsibleRule {
            staff = Set.copyOf(Objects.requireNonNull(staff, "staff"));
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Set<MeasureId> measures() {
            return Set.of(INVENTORY);
        }

        @Override
        public String description() {
            return "Every server names as its responsible a person of the staff directory, not a post or a team";
        }

        @Override
        public List<Threshold> thresholds() {
            return List.of();
        }

        @Override
        public List<Finding> evaluate(EvaluationContext context) {
            List<Subject> unnamed = context.assets().stream()
                    .filter(asset -> asset.type().isServer())
                    .filter(asset -> asset.responsible().filter(staff::contains).isEmpty())
                    .map(Asset::id)
                    .map(Subject::asset)
                    .toList();
            if (unnamed.isEmpty()) {
                return List.of();
            }
            return List.of(Finding.of(ID, INVENTORY, FindingGrade.MINOR, CODE,
                    Map.of("servers", new Quantity(unnamed.size(), "server")), unnamed, HostTexts.INSTANCE));
        }
    }

    /**
     * The host rule's own sentences, in {@code host-rules_<tag>.properties} beside this class:
     * Catalan, Spanish and English. The library fills in the arguments and the noun of the
     * {@code server} unit in the reader's language.
     */
    enum HostTexts implements FindingTexts {
        /** The only instance. */
        INSTANCE;

        private final Map<String, Properties> byLanguage = Map.of("ca", load("ca"), "es", load("es"), "en", load("en"));

        @Override
        public Optional<String> template(String code, Locale locale) {
            return Optional.ofNullable(byLanguage.get(locale.getLanguage())).map(texts -> texts.getProperty(code));
        }

        private static Properties load(String tag) {
            String name = "host-rules_" + tag + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Objects.requireNonNull(CustomEvidenceRule.class.getResourceAsStream(name), name);
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
            return properties;
        }
    }

    /**
     * Runs the sample on the demo dataset of the Consell Comarcal del Bages.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        print(DemoDatasetGenerator.generate(), DemoDatasetGenerator.AS_OF, DEMO_STAFF, out);
        out.flush();
    }

    /**
     * Evaluates a dataset with the standard rules and the host's rule.
     *
     * @param dataset the dataset, valid
     * @param asOf the date of the evaluation
     * @param staff the host's staff directory
     * @return the evaluation
     */
    public static DatasetEvaluation evaluate(Dataset dataset, LocalDate asOf, Set<String> staff) {
        // The builder starts from the standard rules; the host's rule is added to them.
        ComplianceEvaluator evaluator = ComplianceEvaluator.builder()
                .rule(new NamedServerResponsibleRule(staff))
                .build();
        return evaluator.evaluate(dataset, asOf);
    }

    /**
     * Prints, for each system the host's rule has something to say about, its finding and the verdict
     * on op.exp.1 it now contributes to.
     *
     * @param dataset the dataset, valid
     * @param asOf the date of the evaluation
     * @param staff the host's staff directory
     * @param out where to print; not flushed
     */
    public static void print(Dataset dataset, LocalDate asOf, Set<String> staff, PrintWriter out) {
        DatasetEvaluation evaluation = evaluate(dataset, asOf, staff);
        for (SystemEvaluation system : evaluation.systems()) {
            List<Finding> ours = system.findings().stream()
                    .filter(finding -> finding.ruleId().equals(NamedServerResponsibleRule.ID))
                    .toList();
            if (ours.isEmpty()) {
                continue;
            }
            out.println(system.systemId() + " (" + system.systemName() + ")");
            ours.forEach(finding -> out.println("  " + finding.describe()));
            system.measure(NamedServerResponsibleRule.INVENTORY)
                    .ifPresent(result -> out.println("  " + result.describe()));
        }
    }
}
