// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.samples;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
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
}
