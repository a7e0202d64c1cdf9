package io.github.tahsilat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps each module's {@code internal} packages inside that module. The examples module has every
 * published module on its class path, so the rules run here over all of them; each rule fails when
 * its "that" clause matches no class.
 */
class ModuleBoundariesTest {

    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        all =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.tahsilat");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(all.containPackage("io.github.tahsilat.internal.money")).isTrue();
        assertThat(all.containPackage("io.github.tahsilat.bankstatement.internal.camt")).isTrue();
        assertThat(all.containPackage("io.github.tahsilat.einvoice")).isTrue();
        assertThat(all.containPackage("io.github.tahsilat.persistence.memory")).isTrue();
        assertThat(all.containPackage("io.github.tahsilat.testkit")).isTrue();
    }

    @Test
    void coreInternalsStayInCore() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideInAnyPackage(
                                "io.github.tahsilat.bankstatement..",
                                "io.github.tahsilat.einvoice..",
                                "io.github.tahsilat.persistence..",
                                "io.github.tahsilat.testkit..",
                                "io.github.tahsilat.examples..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.github.tahsilat.internal..");

        rule.check(all);
    }

    @Test
    void statementReaderInternalsStayInTheirModule() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideOutsideOfPackage("io.github.tahsilat.bankstatement..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.github.tahsilat.bankstatement.internal..");

        rule.check(all);
    }

    @Test
    void eInvoiceInternalsStayInTheirModule() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideOutsideOfPackage("io.github.tahsilat.einvoice..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.github.tahsilat.einvoice.internal..");

        rule.check(all);
    }
}
