package dev.cdnx.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app's house rules, checked on its compiled classes: packages without cycles, view-models that do
 * not reach for the FX thread themselves, feature packages that do not lean on the shell, and the console
 * left to the launcher. (The model's own rules are in the model's LayeringTest.)
 */
class ArchitectureTest {

    private static final String ROOT = "dev.cdnx.app";

    /** Imported once for the class: JUnit makes an instance per test, and the import is most of the time. */
    private static final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.cdnx.app.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package must be understandable and testable from the ones below it")
                .check(app);
    }

    @Test
    void viewModelsAreGivenTheirThreadsRatherThanCallingPlatform() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javafx.application.Platform")
                .because("a view-model is handed an executor (PanelContext, RunContext), so tests run it "
                        + "without a toolkit and without waiting on the clock")
                .check(app);
    }

    @Test
    void featurePackagesNeverImportTheShell() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .because("the shell (" + ROOT + ") assembles the features; a feature that needs the shell "
                        + "gets what it needs passed in")
                .check(app);
    }

    @Test
    void onlyTheLauncherWritesToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT)
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("the launcher's command-line options (--screenshot, --export-*) print; "
                        + "a feature reports through its view-model, the Log or a dialog")
                .check(app);
    }
}
