package io.github.tahsilat.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.tahsilat.internal.resource.ClasspathResources;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code core} a pure domain: no I/O but its own resources, no threads, no hidden clock, and
 * no package cycles. Each rule fails when its "that" clause matches no class (see {@code
 * archunit.properties}).
 */
class CoreArchitectureTest {

    private static final String CORE = "io.github.tahsilat..";
    private static final String SPI = "io.github.tahsilat.persistence..";

    private static JavaClasses core;
    private static JavaClasses coreAndSpi;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        coreAndSpi = importer.importPackages("io.github.tahsilat");
        core = coreAndSpi.that(not(resideInAPackage(SPI)));
    }

    @Nested
    class InputOutput {

        @Test
        void onlyClasspathResourcesUsesJavaIo() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .and()
                            .doNotHaveFullyQualifiedName(ClasspathResources.class.getName())
                            .should()
                            .dependOnClassesThat(
                                    resideInAPackage("java.io..")
                                            .and(not(name(Serializable.class.getName())))
                                            .and(not(name(UncheckedIOException.class.getName()))));

            rule.check(core);
        }

        @Test
        void classpathResourcesReadsNoFiles() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .haveFullyQualifiedName(ClasspathResources.class.getName())
                            .should()
                            .dependOnClassesThat()
                            .haveNameMatching(
                                    "java\\.io\\.(File|FileInputStream|FileReader|RandomAccessFile)|java\\.nio\\.file\\..*");

            rule.check(core);
        }

        @Test
        void noNetworkDatabaseOrFileFormat() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(
                                    "java.net..",
                                    "java.sql..",
                                    "javax.sql..",
                                    "java.nio.file..",
                                    "javax.xml..",
                                    "org.w3c..",
                                    "org.xml..");

            rule.check(core);
        }

        @Test
        void noConsoleOutput() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .accessField(System.class, "out")
                            .orShould()
                            .accessField(System.class, "err")
                            .orShould()
                            .callMethod(Throwable.class, "printStackTrace");

            rule.check(core);
        }
    }

    @Nested
    class Threads {

        @Test
        void noThreadsOrExecutors() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .dependOnClassesThat()
                            .haveNameMatching(
                                    "java\\.lang\\.Thread|java\\.util\\.Timer|java\\.util\\.concurrent\\.(Executor.*|ForkJoin.*|ScheduledExecutorService|ThreadPoolExecutor)");

            rule.check(core);
        }

        @Test
        void noParallelStreams() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .callMethodWhere(
                                    target(name("parallelStream")).or(target(name("parallel"))));

            rule.check(core);
        }

        @Test
        void noAsyncCompletableFutures() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .callMethodWhere(
                                    target(owner(name("java.util.concurrent.CompletableFuture")))
                                            .and(
                                                    target(
                                                            nameStartingWith("supplyAsync")
                                                                    .or(
                                                                            nameStartingWith(
                                                                                    "runAsync"))
                                                                    .or(name("thenApplyAsync"))
                                                                    .or(name("thenAcceptAsync"))
                                                                    .or(name("thenRunAsync"))
                                                                    .or(name("thenComposeAsync"))
                                                                    .or(name("handleAsync"))
                                                                    .or(
                                                                            name(
                                                                                    "whenCompleteAsync")))));

            rule.check(core);
        }
    }

    @Nested
    class Time {

        @Test
        void nowOnlyWithClock() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .callMethodWhere(
                                    DescribedPredicate.describe(
                                            "java.time now() without a Clock argument",
                                            (JavaMethodCall call) ->
                                                    call.getTarget().getName().equals("now")
                                                            && call.getTargetOwner()
                                                                    .getPackageName()
                                                                    .equals("java.time")
                                                            && call
                                                                    .getTarget()
                                                                    .getRawParameterTypes()
                                                                    .stream()
                                                                    .noneMatch(
                                                                            type ->
                                                                                    type
                                                                                            .isEquivalentTo(
                                                                                                    Clock
                                                                                                            .class))));

            rule.check(core);
        }

        @Test
        void noSystemClock() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .should()
                            .callMethodWhere(
                                    target(owner(name(Clock.class.getName())))
                                            .and(target(nameStartingWith("system"))))
                            .orShould()
                            .callMethod(System.class, "currentTimeMillis")
                            .orShould()
                            .callMethod(System.class, "nanoTime")
                            .orShould()
                            .callConstructor(Date.class);

            rule.check(core);
        }
    }

    @Nested
    class Packages {

        @Test
        void packagesHaveNoCycles() {
            ArchRule rule = slices().matching("io.github.tahsilat.(**)").should().beFreeOfCycles();

            rule.check(core);
        }

        @Test
        void onlyInternalPersistenceUsesStorageRecords() {
            ArchRule rule =
                    noClasses()
                            .that()
                            .resideInAPackage(CORE)
                            .and()
                            .resideOutsideOfPackage("io.github.tahsilat.internal.persistence..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("io.github.tahsilat.persistence.spi.record..");

            rule.check(core);
        }

        @Test
        void persistenceSpiDependsOnNothingOfCore() {
            ArchRule rule =
                    classes()
                            .that()
                            .resideInAPackage(SPI)
                            .should()
                            .onlyDependOnClassesThat()
                            .resideInAnyPackage(SPI, "java..");

            rule.check(coreAndSpi);
        }
    }
}
