package dev.cdnx.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model is the engine the command line, the tests and the GUI share: it stays free of UI toolkits,
 * its packages form a graph without cycles (so each can be understood from the ones below it), and only
 * the command line writes to the console.
 */
class LayeringTest {

    /** Imported once for the class: JUnit makes an instance per test, and the import is most of the time. */
    private static final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cdnx.model");

    @Test
    void modelDoesNotUseJavaFxAwtOrSwing() {
        noClasses()
                .that()
                .resideInAPackage("dev.cdnx.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("the model must run headless in the command line and tests")
                .check(model);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.cdnx.model.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package must be understandable, testable and movable from the ones below it")
                .check(model);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.cdnx.model.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("the engine reports through return values, problems and listeners; "
                        + "the command line decides what to print")
                .check(model);
    }
}
