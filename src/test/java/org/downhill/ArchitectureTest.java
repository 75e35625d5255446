package org.downhill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: JavaFX only in the ui package; the core does not reach up. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.downhill");

    @Test
    void nothingOutsideTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.downhill.ui..")
                .and().doNotHaveFullyQualifiedName("org.downhill.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNotDependOnTheLayersAboveIt() {
        noClasses().that().resideInAnyPackage("org.downhill.param..", "org.downhill.landscape..",
                        "org.downhill.optim..", "org.downhill.schedule..", "org.downhill.sim..",
                        "org.downhill.diagnose..", "org.downhill.render..", "org.downhill.data..",
                        "org.downhill.claim..", "org.downhill.sweep..", "org.downhill.rangetest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.downhill.ui..", "org.downhill.cli..",
                        "org.downhill.scenario..", "org.downhill.lesson..")
                .check(MAIN);
    }

    @Test
    void theScenarioAndLessonLayersDoNotDependOnTheUiOrCommandLine() {
        noClasses().that().resideInAnyPackage("org.downhill.scenario..", "org.downhill.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("org.downhill.ui..", "org.downhill.cli..")
                .check(MAIN);
    }

    @Test
    void scenariosDoNotDependOnTheLessonsBuiltOnThem() {
        noClasses().that().resideInAPackage("org.downhill.scenario..")
                .should().dependOnClassesThat().resideInAPackage("org.downhill.lesson..")
                .check(MAIN);
    }
}
