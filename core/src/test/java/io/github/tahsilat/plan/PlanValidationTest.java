package io.github.tahsilat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.service.plan.PaymentPlanRequest;
import io.github.tahsilat.terms.NetDays;
import io.github.tahsilat.terms.PaymentTerms;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves that a host's Bean Validation provider applies the limits that the constructors check. */
class PlanValidationTest {

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

    private static <T> Set<ConstraintViolation<T>> violations(
            Class<T> type, Class<?>[] parameterTypes, Object... arguments)
            throws NoSuchMethodException {
        Constructor<T> constructor = type.getConstructor(parameterTypes);
        return validator.forExecutables().validateConstructorParameters(constructor, arguments);
    }

    @Test
    void graceDaysAboveMaxViolate() throws NoSuchMethodException {
        Class<?>[] parameters = {Optional.class, PaymentTerms.class, Optional.class, int.class};

        assertThat(
                        violations(
                                PlanTerms.class,
                                parameters,
                                Optional.empty(),
                                new NetDays(30),
                                Optional.empty(),
                                366))
                .hasSize(1);
        assertThat(
                        violations(
                                PlanTerms.class,
                                parameters,
                                Optional.empty(),
                                new NetDays(30),
                                Optional.empty(),
                                365))
                .isEmpty();
    }

    @Test
    void negativeRateViolates() throws NoSuchMethodException {
        Class<?>[] parameters = {BigDecimal.class, DayCount.class};

        assertThat(
                        violations(
                                PlanInterest.class,
                                parameters,
                                new BigDecimal("-0.01"),
                                DayCount.ACTUAL_360))
                .hasSize(1);
        assertThat(
                        violations(
                                PlanInterest.class,
                                parameters,
                                new BigDecimal("24"),
                                DayCount.ACTUAL_360))
                .isEmpty();
    }

    @Test
    void blankRequestKeyViolates() throws NoSuchMethodException {
        Class<?>[] parameters = {
            String.class,
            CompanyId.class,
            CounterpartyId.class,
            LocalDate.class,
            List.class,
            PlanTerms.class
        };
        Object[] blank = {
            " ",
            CompanyId.random(),
            CounterpartyId.random(),
            LocalDate.of(2025, 1, 1),
            List.of(),
            PlanTerms.of(new NetDays(30))
        };
        Object[] valid = blank.clone();
        valid[0] = "plan-1";

        assertThat(violations(PaymentPlanRequest.class, parameters, blank)).hasSize(1);
        assertThat(violations(PaymentPlanRequest.class, parameters, valid)).isEmpty();
    }
}
