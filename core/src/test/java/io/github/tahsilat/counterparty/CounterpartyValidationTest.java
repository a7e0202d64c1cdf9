package io.github.tahsilat.counterparty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Tckn;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves with Hibernate Validator that the annotations of the counterparty's input types fire
 * before any constructor runs. {@code CounterpartyTest} proves that the constructors enforce the
 * same rules.
 */
class CounterpartyValidationTest {

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
        Class<?>[] parameterTypes =
                Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            return validator.forExecutables().validateConstructorParameters(canonical, args);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class CounterpartyRecord {

        @Test
        void validCounterpartiesHaveNoViolations() {
            Counterparty person = CounterpartyTest.person().build().putOnHold("dispute");
            Counterparty company = CounterpartyTest.company().build();

            assertThat(validator.validate(person)).isEmpty();
            assertThat(validator.validate(company)).isEmpty();
        }

        @Test
        void nullArgumentsViolateConstructor() {
            Object[] nulls = new Object[Counterparty.class.getRecordComponents().length];

            Set<ConstraintViolation<Counterparty>> violations =
                    constructorViolations(Counterparty.class, nulls);

            assertThat(violatedProperties(violations))
                    .containsExactlyInAnyOrder(
                            "Counterparty.id",
                            "Counterparty.companyId",
                            "Counterparty.kind",
                            "Counterparty.personType",
                            "Counterparty.name",
                            "Counterparty.taxIdentifier",
                            "Counterparty.ibans",
                            "Counterparty.locale",
                            "Counterparty.segment",
                            "Counterparty.hold",
                            "Counterparty.contactDetails");
        }

        @Test
        void blankAndLongNamesViolate() {
            assertThat(validator.validateValue(Counterparty.class, "name", " ")).hasSize(1);
            assertThat(validator.validateValue(Counterparty.class, "name", "x".repeat(250)))
                    .isEmpty();
            assertThat(validator.validateValue(Counterparty.class, "name", "x".repeat(251)))
                    .hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "-RETAIL", "RETAIL SEGMENT", "RETAIL/1", "ÖZEL"})
        void malformedSegmentViolatesPattern(String segment) {
            assertThat(validator.validateValue(Counterparty.class, "segment", segment)).hasSize(1);
        }

        @Test
        void segmentLengthLimitIsFifty() {
            assertThat(validator.validateValue(Counterparty.class, "segment", "S".repeat(50)))
                    .isEmpty();
            assertThat(validator.validateValue(Counterparty.class, "segment", "S".repeat(51)))
                    .hasSize(1);
        }

        @Test
        void nullIbanViolatesElement() {
            Set<ConstraintViolation<Counterparty>> violations =
                    validator.validateValue(Counterparty.class, "ibans", Arrays.asList(null, null));

            assertThat(violatedProperties(violations))
                    .containsExactlyInAnyOrder(
                            "ibans[0].<list element>", "ibans[1].<list element>");
        }
    }

    @Nested
    class ContactAndHold {

        @ParameterizedTest
        @ValueSource(strings = {"ayse", "ayse@", "@example.com", "ayse @example.com", "a@b@c"})
        void malformedEmailViolates(String email) {
            assertThat(validator.validateValue(ContactDetails.class, "email", Optional.of(email)))
                    .isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"05321234567", "+90 532 123 45 67", "+0532123456", "+12345"})
        void nonE164PhoneViolates(String phone) {
            assertThat(validator.validateValue(ContactDetails.class, "phone", Optional.of(phone)))
                    .hasSize(1);
        }

        @Test
        void validContactDetailsPass() {
            assertThat(
                            validator.validateValue(
                                    ContactDetails.class,
                                    "email",
                                    Optional.of("ayse@example.com.tr")))
                    .isEmpty();
            assertThat(
                            validator.validateValue(
                                    ContactDetails.class, "phone", Optional.of("+905321234567")))
                    .isEmpty();
            assertThat(
                            validator.validateValue(
                                    ContactDetails.class, "postalAddress", Optional.of(" ")))
                    .hasSize(1);
        }

        @Test
        void blankHoldReasonViolates() {
            assertThat(validator.validateValue(Hold.class, "reason", "")).hasSize(1);
            assertThat(validator.validateValue(Hold.class, "reason", "x".repeat(501))).hasSize(1);
        }

        @Test
        void identifierAnnotationsFire() {
            assertThat(validator.validateValue(Tckn.class, "value", "07291716092")).hasSize(1);
            assertThat(validator.validateValue(ForeignTaxId.class, "countryCode", "TR")).hasSize(1);
            assertThat(validator.validateValue(ForeignTaxId.class, "value", " 123")).hasSize(1);
            assertThat(validator.validateValue(ForeignTaxId.class, "value", "")).isNotEmpty();
        }
    }
}
