package org.downhill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, stated whole. The core packages in tiers, each package using only the
 * tiers below its own: param; landscape; optim and schedule; sim; what reads runs (diagnose, the
 * data sets and models, the claims, the range test) and render; export and the sweep engine;
 * scenario; what is built on scenarios (lessons, figures). On top, cli and ui, neither using the
 * other, and above them only the entry point in {@code org.downhill}. Every class belongs to a
 * layer: a new package gets its place in {@link #TIERS}. JavaFX only in ui (and the entry point,
 * which starts it); the standard streams only in cli, ui and the entry point.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.downhill");

    /** The layers from the bottom up; the layers of one tier may not use each other. */
    private static final String[][] TIERS = {
        {"param"},
        {"landscape"},
        {"optim", "schedule"},
        {"sim"},
        {"diagnose", "data", "claim", "rangetest", "render"},
        {"export", "sweep"},
        {"scenario"},
        {"lesson", "figure"},
        {"cli", "ui"},
    };

    @Test
    void everyLayerUsesOnlyTheLayersBelowIt() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("main").definedBy("org.downhill");
        List<String> below = new ArrayList<>();
        for (String[] tier : TIERS) {
            for (String name : tier) {
                layers = layers.layer(name).definedBy("org.downhill." + name + "..");
            }
        }
        for (String[] tier : TIERS) {
            for (String name : tier) {
                layers = below.isEmpty() ? layers.whereLayer(name).mayNotAccessAnyLayer()
                        : layers.whereLayer(name).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(Arrays.asList(tier));
        }
        layers.whereLayer("main").mayNotBeAccessedByAnyLayer().check(MAIN);
    }

    @Test
    void nothingOutsideTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.downhill.ui..")
                .and().resideOutsideOfPackage("org.downhill")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void onlyTheCommandLineAndTheAppUseTheStandardStreams() {
        noClasses().that().resideOutsideOfPackages("org.downhill.cli..", "org.downhill.ui..")
                .and().resideOutsideOfPackage("org.downhill")
                .should(ACCESS_STANDARD_STREAMS)
                .check(MAIN);
    }
}
