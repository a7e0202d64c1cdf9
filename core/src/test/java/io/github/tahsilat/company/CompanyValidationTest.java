package io.github.tahsilat.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Proves with Hibernate Validator that the annotations of the company's input types fire before any
 * constructor runs. {@code CompanyTest} proves that the constructors enforce the same rules.
 */
class CompanyValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static Set<String> violatedProperties(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    static <T> Set<ConstraintViolation<T>> constructorViolations(Class<T> type, Object... args) {
        ExecutableValidator executables = validator.forExecutables();
        Class<?>[] parameterTypes =
                Arrays.stream(type.getRecordComponents())
                        .map(component -> component.getType())
                        .toArray(Class<?>[]::new);
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            return executables.validateConstructorParameters(canonical, args);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class CompanyRecord {

        @Test
        void validCompanyHasNoViolations() {
            Company company = CompanyTest.validCompany().build();

            assertThat(validator.validate(company)).isEmpty();
        }

        @Test
        void blankLegalNameViolatesNotBlank() {
            Set<ConstraintViolation<Company>> violations =
                    validator.validateValue(Company.class, "legalName", "  ");

            assertThat(violations).hasSize(1);
            assertThat(violations.iterator().next().getConstraintDescriptor().getAnnotation())
                    .isInstanceOf(jakarta.validation.constraints.NotBlank.class);
        }

        @Test
        void longLegalNameViolatesSize() {
            assertThat(validator.validateValue(Company.class, "legalName", "x".repeat(250)))
                    .isEmpty();
            assertThat(validator.validateValue(Company.class, "legalName", "x".repeat(251)))
                    .hasSize(1);
        }

        @Test
        void nullArgumentsViolateConstructor() {
            Set<ConstraintViolation<Company>> violations =
                    constructorViolations(Company.class, null, null, null, null, null, null);

            assertThat(violatedProperties(violations))
                    .containsExactlyInAnyOrder(
                            "Company.id",
                            "Company.legalName",
                            "Company.settings",
                            "Company.vkn",
                            "Company.mersisNumber",
                            "Company.bankAccounts");
        }

        @Test
        void nullBankAccountViolatesElement() {
            Set<ConstraintViolation<Company>> violations =
                    validator.validateValue(
                            Company.class, "bankAccounts", Arrays.asList((BankAccount) null));

            assertThat(violatedProperties(violations))
                    .containsExactly("bankAccounts[0].<list element>");
        }
    }

    @Nested
    class Settings {

        @Test
        void nullSettingsViolateConstructor() {
            Set<ConstraintViolation<CompanySettings>> violations =
                    constructorViolations(CompanySettings.class, null, null, null, null, null);

            assertThat(violatedProperties(violations))
                    .containsExactlyInAnyOrder(
                            "CompanySettings.functionalCurrency",
                            "CompanySettings.zone",
                            "CompanySettings.roundingMode",
                            "CompanySettings.vatRounding",
                            "CompanySettings.calendar");
        }

        @Test
        void validSettingsHaveNoViolations() {
            CompanySettings settings =
                    new CompanySettings(
                            CompanyTest.EUR,
                            ZoneId.of("Europe/Berlin"),
                            RoundingMode.HALF_EVEN,
                            VatRounding.PER_DOCUMENT,
                            CompanySettings.of(CompanyTest.EUR, CompanyTest.ISTANBUL).calendar());

            assertThat(validator.validate(settings)).isEmpty();
        }
    }

    @Nested
    class BankAccountAndIdentifiers {

        @Test
        void blankBankNameViolatesNotBlank() {
            assertThat(validator.validateValue(BankAccount.class, "bankName", "")).hasSize(1);
            assertThat(validator.validateValue(BankAccount.class, "bankName", "x".repeat(101)))
                    .hasSize(1);
            assertThat(validator.validateValue(BankAccount.class, "currency", null)).hasSize(1);
        }

        @Test
        void identifierPatternsMatchConstructors() {
            assertThat(validator.validateValue(Vkn.class, "value", "4540536920")).isEmpty();
            assertThat(validator.validateValue(Vkn.class, "value", "454053692")).hasSize(1);
            assertThat(validator.validateValue(MersisNumber.class, "value", "0454053692000015"))
                    .isEmpty();
            assertThat(validator.validateValue(MersisNumber.class, "value", "04540536920000"))
                    .hasSize(1);
            assertThat(validator.validateValue(Iban.class, "value", "GB82WEST12345698765432"))
                    .isEmpty();
            assertThat(validator.validateValue(Iban.class, "value", "gb82 west 1234 5698 7654 32"))
                    .hasSize(1);
        }
    }
}
