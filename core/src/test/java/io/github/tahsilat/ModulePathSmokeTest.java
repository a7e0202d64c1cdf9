package io.github.tahsilat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own surefire execution on the module path, with okhttp present because Moneta's
 * module descriptor requires it, to prove that a JPMS host can load the library.
 */
class ModulePathSmokeTest {

    @Test
    void coreLoadsAsNamedModule() {
        Module module = MinorAmount.class.getModule();

        assertThat(module.isNamed()).isTrue();
        assertThat(module.getName()).isEqualTo("io.github.tahsilat.core");
        assertThat(Money.class.getModule().getName()).isEqualTo("org.javamoney.moneta");
    }

    @Test
    void amountsRoundTripThroughMoneta() {
        MonetaryAmount amount = Money.of(1239.7, "JPY");

        MinorAmount minor = MinorAmount.of(amount, RoundingMode.HALF_UP);

        assertThat(minor.units()).isEqualTo(1240);
        assertThat(minor.toMonetaryAmount()).isEqualTo(Money.of(1240, "JPY"));
    }
}
