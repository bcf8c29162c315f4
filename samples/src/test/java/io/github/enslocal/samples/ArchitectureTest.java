// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.enslocal.reporting.ReportFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package layering of DESIGN.md: core ← ens-rules ← reporting ← samples, no cycles
 * between packages, and no hidden clock in the library.
 */
class ArchitectureTest {

    private static final String CORE = "io.github.enslocal.core..";
    private static final String ENS = "io.github.enslocal.ens..";
    private static final String REPORTING = "io.github.enslocal.reporting..";
    private static final String SAMPLES = "io.github.enslocal.samples..";

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.enslocal");
    }

    @Test
    void core_dependsOnNoOtherModule() {
        ArchRule rule = noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(ENS, REPORTING, SAMPLES)
                .because("core is the foundation every other module builds on");
        rule.check(library);
    }

    @Test
    void ensRules_dependsOnlyOnCore() {
        ArchRule rule = noClasses().that().resideInAPackage(ENS)
                .should().dependOnClassesThat().resideInAnyPackage(REPORTING, SAMPLES)
                .because("rules produce results; reports and programs consume them");
        rule.check(library);
    }

    @Test
    void reporting_doesNotDependOnSamples() {
        ArchRule rule = noClasses().that().resideInAPackage(REPORTING)
                .should().dependOnClassesThat().resideInAPackage(SAMPLES)
                .because("the command line and demo sit on top of the library, never under it");
        rule.check(library);
    }

    @Test
    void packages_haveNoCycles() {
        ArchRule rule = slices().matching("io.github.enslocal.(**)")
                .should().beFreeOfCycles();
        rule.check(library);
    }

    @Test
    void library_readsNoHiddenClock() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE, ENS, REPORTING)
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .because("evaluation takes an explicit asOf date: same input and date give the same output");
        rule.check(library);
    }

    @Test
    void library_hasNoGrabBagClasses() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE, ENS, REPORTING, SAMPLES)
                .should().haveNameMatching(".*(Manager|Helper|Util|Utils)")
                .because("names say the domain (STYLE.md practice 18)");
        rule.check(library);
    }

    @Test
    void library_logsThroughSlf4jApiOnly() {
        // One exception: the dataset codec holds back Hibernate Validator's version line, which
        // would reach a host's standard error through java.util.logging, by raising that one
        // logger's level while it builds its validator factory (BeanViolations says how).
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE, ENS, REPORTING)
                .and().doNotHaveFullyQualifiedName("io.github.enslocal.core.dataset.BeanViolations")
                .should().dependOnClassesThat(describe("an SLF4J binding or java.util.logging",
                        javaClass -> javaClass.getPackageName().startsWith("org.slf4j.simple")
                                || javaClass.getPackageName().startsWith("java.util.logging")))
                .because("only the samples module chooses a logging backend");
        rule.check(library);
    }

    /** The packages of the reports, one per report; the suite and the shared packages are not among them. */
    private static final Set<String> REPORT_PACKAGES = Set.of("convention", "dashboard", "findings", "incidents",
            "inventory", "plan", "soa");

    /**
     * The dependencies between report packages that stay, each for its reason: the convention
     * balance is made of the incident and inventory figures of the municipalities it serves, and the
     * municipality names of every report come from one lookup that still lives with the incidents.
     */
    private static final Map<String, Set<String>> ALLOWED_BETWEEN_REPORTS = Map.of(
            "convention", Set.of("incidents", "inventory"),
            "dashboard", Set.of("incidents.IncidentReport"),
            "inventory", Set.of("incidents.IncidentReport"),
            "soa", Set.of("incidents.IncidentReport"));

    @Test
    void reportPackages_doNotUseOneAnother() {
        ArchRule rule = classes().that().resideInAnyPackage(REPORT_PACKAGES.stream()
                        .map(name -> "io.github.enslocal.reporting." + name).toArray(String[]::new))
                .should(new ArchCondition<JavaClass>("use no other report's package, except " + ALLOWED_BETWEEN_REPORTS) {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = reportOf(item);
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String other = reportOf(dependency.getTargetClass());
                            if (other != null && !other.equals(own) && !allowed(own, dependency.getTargetClass())) {
                                events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                            }
                        }
                    }
                })
                .because("a report is added by describing it once in ReportKind (CONTRIBUTING.md), not by reaching"
                        + " into another report");
        rule.check(library);
    }

    private static String reportOf(JavaClass type) {
        String prefix = "io.github.enslocal.reporting.";
        String name = type.getPackageName();
        if (!name.startsWith(prefix)) {
            return null;
        }
        String report = name.substring(prefix.length());
        return REPORT_PACKAGES.contains(report) ? report : null;
    }

    private static boolean allowed(String from, JavaClass target) {
        String report = reportOf(target);
        String simple = report + "." + target.getSimpleName().replaceFirst("\\$.*", "");
        Set<String> allowed = ALLOWED_BETWEEN_REPORTS.getOrDefault(from, Set.of());
        return allowed.contains(report) || allowed.contains(simple);
    }

    @Test
    void reporting_exportsOnlyTheAllowedPublicTypes() throws IOException, URISyntaxException {
        Set<String> exported = exportedPackages(ReportFormat.class);
        Set<String> allowList = allowList("exported-reporting-api.txt");
        ArchRule rule = classes().that(describe("are public top-level types of the packages reporting exports",
                        (JavaClass type) -> type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass()
                                && exported.contains(type.getPackageName())))
                .should(new ArchCondition<JavaClass>("be on the allow-list exported-reporting-api.txt") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        if (!allowList.contains(item.getName())) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is exported API but"
                                    + " not on the allow-list: make it package-private, move it to a package that"
                                    + " module-info.java does not export, or add it to the list as designed API"));
                        }
                    }
                })
                .because("public only what is designed as API (STYLE.md practice 11)");
        rule.check(library);
        Set<String> present = library.stream().filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC)
                        && type.isTopLevelClass() && exported.contains(type.getPackageName()))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(allowList).as("every type on the allow-list still exists and is exported").isSubsetOf(present);
    }

    /** Returns the packages a library module exports to everyone, read from its module descriptor. */
    private static Set<String> exportedPackages(Class<?> member) throws URISyntaxException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(location).findAll().iterator().next().descriptor();
        return descriptor.exports().stream().filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private static Set<String> allowList(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(ArchitectureTest.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return new TreeSet<>(lines);
        }
    }
}
