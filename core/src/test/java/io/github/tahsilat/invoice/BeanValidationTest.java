package io.github.tahsilat.invoice;

import static io.github.tahsilat.invoice.Fixtures.line;
import static io.github.tahsilat.invoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.VatRounding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves with Hibernate Validator that the annotations state the same rules as the constructors.
 */
class BeanValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        // NOTE: Hibernate Validator reads the annotated private fields by reflection. On the module
        // path that needs "opens io.github.tahsilat.invoice", which module-info.java does not
        // declare yet, so this test runs on the class path only.
        Assumptions.assumeFalse(
                BeanValidationTest.class.getModule().isNamed(),
                "field access needs the invoice package opened to the validator");
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        if (factory != null) {
            factory.close();
        }
    }

    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Nested
    class ValidValues {

        @Test
        void builtInvoiceHasNoViolations() {
            Invoice invoice =
                    Fixtures.invoice("TRY")
                            .line(
                                    line("2", "50.00", "20")
                                            .withDiscount(LineDiscount.amount(money("5.00", "TRY")))
                                            .withWithholding(
                                                    VatWithholding.of(WithholdingCode.CLEANING)))
                            .build(Fixtures.HALF_UP_PER_LINE);

            assertThat(validator.validate(invoice)).isEmpty();
            assertThat(validator.validate(invoice.totals())).isEmpty();
        }

        @Test
        void creditDocumentHasNoViolations() {
            CreditDocument credit = Fixtures.creditOf("10.00", "EUR");

            assertThat(validator.validate(credit)).isEmpty();
        }

        @Test
        void contextHasNoViolations() {
            assertThat(validator.validate(Fixtures.HALF_UP_PER_LINE)).isEmpty();
        }
    }

    @Nested
    class RejectedProperties {

        static Stream<Arguments> rejectedValues() {
            return Stream.of(
                    Arguments.of(InvoiceLine.class, "description", " "),
                    Arguments.of(InvoiceLine.class, "quantity", new BigDecimal("-1")),
                    Arguments.of(InvoiceLine.class, "quantity", BigDecimal.ZERO),
                    Arguments.of(InvoiceLine.class, "unitPrice", new BigDecimal("-0.01")),
                    Arguments.of(InvoiceLine.class, "vatRate", new BigDecimal("-1")),
                    Arguments.of(InvoiceLine.class, "vatRate", null),
                    Arguments.of(VatWithholding.class, "code", "60A"),
                    Arguments.of(VatWithholding.class, "code", "6030"),
                    Arguments.of(VatWithholding.class, "numerator", 0),
                    Arguments.of(VatWithholding.class, "fractionAtMostOne", false),
                    Arguments.of(
                            LineDiscount.Percentage.class, "percent", new BigDecimal("100.01")),
                    Arguments.of(LineDiscount.Percentage.class, "percent", new BigDecimal("-1")),
                    Arguments.of(LineDiscount.Amount.class, "amount", money("-1.00", "TRY")),
                    Arguments.of(InvoiceReference.class, "idOrNumberPresent", false),
                    Arguments.of(Dispute.class, "reason", ""),
                    Arguments.of(Invoice.class, "number", " "),
                    Arguments.of(Invoice.class, "lines", java.util.List.of()),
                    Arguments.of(Invoice.class, "companyId", null),
                    Arguments.of(CreditDocument.class, "reference", null),
                    Arguments.of(InvoiceContext.class, "rounding", null),
                    Arguments.of(InvoiceTotals.class, "net", money("-0.01", "TRY")));
        }

        @ParameterizedTest
        @MethodSource("rejectedValues")
        <T> void propertyValueRejected(Class<T> type, String property, Object value) {
            Set<ConstraintViolation<T>> violations = validator.validateValue(type, property, value);

            assertThat(violations).hasSize(1);
            assertThat(paths(violations)).containsExactly(property);
        }

        @Test
        void lineConstructorParametersChecked() throws NoSuchMethodException {
            Constructor<InvoiceLine> constructor =
                    InvoiceLine.class.getConstructor(
                            String.class,
                            BigDecimal.class,
                            BigDecimal.class,
                            LineDiscount.class,
                            BigDecimal.class,
                            VatWithholding.class);
            Object[] arguments = {
                "", new BigDecimal("-1"), BigDecimal.ONE, null, BigDecimal.TEN, null
            };

            Set<ConstraintViolation<InvoiceLine>> violations =
                    validator
                            .forExecutables()
                            .validateConstructorParameters(constructor, arguments);

            assertThat(paths(violations))
                    .containsExactlyInAnyOrder("InvoiceLine.description", "InvoiceLine.quantity");
        }

        @Test
        void contextConstructorParametersChecked() throws NoSuchMethodException {
            Constructor<InvoiceContext> constructor =
                    InvoiceContext.class.getConstructor(
                            RoundingMode.class,
                            VatRounding.class,
                            io.github.tahsilat.calendar.BusinessCalendar.class,
                            ZoneId.class);
            Object[] arguments = {RoundingMode.HALF_UP, null, Fixtures.EVERY_DAY, null};

            Set<ConstraintViolation<InvoiceContext>> violations =
                    validator
                            .forExecutables()
                            .validateConstructorParameters(constructor, arguments);

            assertThat(violations).hasSize(2);
        }

        @Test
        void acceptedMoneyAmountHasNoViolation() {
            MonetaryAmount zero = money("0.00", "TRY");

            assertThat(validator.validateValue(LineDiscount.Amount.class, "amount", zero))
                    .isEmpty();
        }
    }
}
