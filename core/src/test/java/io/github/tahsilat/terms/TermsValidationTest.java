package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves that a host's Bean Validation provider applies the limits that the constructors check. */
class TermsValidationTest {

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
        ExecutableValidator executables = validator.forExecutables();
        Constructor<T> constructor = type.getConstructor(parameterTypes);
        return executables.validateConstructorParameters(constructor, arguments);
    }

    @Test
    void negativeNetDaysViolates() throws NoSuchMethodException {
        assertThat(violations(NetDays.class, new Class<?>[] {int.class}, -1)).hasSize(1);
        assertThat(violations(NetDays.class, new Class<?>[] {int.class}, 30)).isEmpty();
    }

    @Test
    void dayThirtyTwoViolates() throws NoSuchMethodException {
        Class<?>[] parameters = {int.class, int.class};

        assertThat(violations(DaysThenEndOfMonthThenDay.class, parameters, 45, 32)).hasSize(1);
    }

    @Test
    void hundredPercentDiscountViolates() throws NoSuchMethodException {
        Class<?>[] parameters = {BigDecimal.class, int.class};

        assertThat(violations(DiscountTier.class, parameters, BigDecimal.valueOf(100), 10))
                .hasSize(1);
    }

    @Test
    void percentageWithTooManyDecimalsViolates() throws NoSuchMethodException {
        Class<?>[] parameters = {BigDecimal.class, SinglePaymentTerms.class};
        BigDecimal tiny = new BigDecimal("0." + "0".repeat(100) + "1");

        assertThat(violations(PercentageInstallments.Part.class, parameters, tiny, new NetDays(30)))
                .hasSize(1);
        assertThat(
                        violations(
                                PercentageInstallments.Part.class,
                                parameters,
                                BigDecimal.valueOf(40),
                                new NetDays(30)))
                .isEmpty();
    }

    @Test
    void validTermsPassCascade() {
        PaymentTerms terms =
                new PercentageInstallments(
                        List.of(
                                new PercentageInstallments.Part(
                                        BigDecimal.valueOf(40),
                                        new DiscountedTerms(
                                                List.of(new DiscountTier(BigDecimal.ONE, 10)),
                                                new NetDays(30))),
                                new PercentageInstallments.Part(
                                        BigDecimal.valueOf(60), new NetDays(60))));

        assertThat(validator.validate(terms)).isEmpty();
    }
}
