package dev.cdnx.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model is the engine the command line, the tests and the GUI share: it stays free of UI toolkits. */
class LayeringTest {

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cdnx.model");

    @Test
    void modelDoesNotUseJavaFxAwtOrSwing() {
        noClasses().that().resideInAPackage("dev.cdnx.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("the model must run headless in the command line and tests")
                .check(model);
    }
}
