package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DunningPolicyTest {

    static DunningLevel level(int number, int days) {
        return DunningLevel.builder(number, days).build();
    }

    @Nested
    class Levels {

        @Test
        void feeAddsChargeFeeAction() {
            DunningLevel level =
                    DunningLevel.builder(1, 7)
                            .fee(new FixedFee(Money.of(5, "EUR"), FeeBasis.PER_NOTICE))
                            .build();

            assertThat(level.actions())
                    .containsExactly(DunningAction.NOTIFY, DunningAction.CHARGE_FEE);
        }

        @Test
        void chargeFeeWithoutFeeRejected() {
            assertThatThrownBy(
                            () ->
                                    new DunningLevel(
                                            1,
                                            7,
                                            List.of(),
                                            0,
                                            "reminder-1",
                                            EnumSet.of(
                                                    DunningAction.NOTIFY, DunningAction.CHARGE_FEE),
                                            List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("CHARGE_FEE");
        }

        @Test
        void twoFeesInOneCurrencyRejected() {
            DunningLevel.Builder builder =
                    DunningLevel.builder(1, 7)
                            .fee(new FixedFee(Money.of(5, "EUR"), FeeBasis.PER_NOTICE))
                            .fee(new FixedFee(Money.of(6, "EUR"), FeeBasis.PER_ITEM));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("one fee per currency");
        }

        @Test
        void feeChosenByCurrency() {
            FixedFee euro = new FixedFee(Money.of(5, "EUR"), FeeBasis.PER_NOTICE);
            PercentageFee any =
                    new PercentageFee(
                            BigDecimal.ONE,
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            FeeBasis.PER_NOTICE);
            DunningLevel level = DunningLevel.builder(1, 7).fee(euro).fee(any).build();

            assertThat(level.feeIn(Money.of(1, "EUR").getCurrency())).contains(euro);
            assertThat(level.feeIn(Money.of(1, "TRY").getCurrency())).contains(any);
        }

        @Test
        void badTemplateNameRejected() {
            assertThatThrownBy(() -> DunningLevel.builder(1, 7).template("../x").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("\"../x\"");
        }
    }

    @Nested
    class Policies {

        @Test
        void levelsOutOfOrderRejected() {
            DunningPolicy.Builder builder =
                    DunningPolicy.builder("p").level(level(1, 14)).level(level(2, 7));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("more days than level 1 after 14 days");
        }

        @Test
        void noLevelRejected() {
            assertThatThrownBy(() -> DunningPolicy.builder("p").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at least one level");
        }

        @Test
        void negativeGraceRejected() {
            DunningPolicy.Builder builder =
                    DunningPolicy.builder("p").level(level(1, 1)).graceDays(-1);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("graceDays");
        }

        @Test
        void annotationsAgreeWithConstructor() {
            Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
            DunningPolicy policy = DunningPolicy.builder("p").level(level(1, 1)).build();

            assertThat(validator.validate(policy)).isEmpty();
        }
    }

    @Nested
    class Assignment {

        static final DunningPolicy STANDARD =
                DunningPolicy.builder("standard").level(level(1, 7)).build();
        static final DunningPolicy RETAIL =
                DunningPolicy.builder("retail").level(level(1, 3)).build();
        static final DunningPolicy VIP = DunningPolicy.builder("vip").level(level(1, 30)).build();

        static Counterparty counterparty(String segment) {
            return Counterparty.builder()
                    .id(CounterpartyId.random())
                    .companyId(CompanyId.random())
                    .kind(CounterpartyKind.CUSTOMER)
                    .name("Müşteri A.Ş.")
                    .locale(Locale.forLanguageTag("tr-TR"))
                    .segment(segment)
                    .build();
        }

        @Test
        void overrideThenSegmentThenDefault() {
            Counterparty retail = counterparty("RETAIL");
            Counterparty special = counterparty("RETAIL");
            Counterparty other = counterparty("WHOLESALE");
            PolicyBook book =
                    PolicyBook.builder(STANDARD)
                            .segment("RETAIL", RETAIL)
                            .counterparty(special.id(), VIP)
                            .build();

            assertThat(book.policyFor(retail)).isEqualTo(RETAIL);
            assertThat(book.policyFor(special)).isEqualTo(VIP);
            assertThat(book.policyFor(other)).isEqualTo(STANDARD);
        }

        @Test
        void badSegmentCodeRejected() {
            PolicyBook.Builder builder = PolicyBook.builder(STANDARD).segment("no spaces", RETAIL);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("no spaces");
        }
    }

    @Nested
    class ReminderLead {

        @ParameterizedTest
        @CsvSource({"-10, 10", "-3, 3", "0, 0", "1, 0", "14, 0"})
        void leadFollowsFirstThreshold(int firstThreshold, int expectedLead) {
            DunningPolicy policy =
                    DunningPolicy.builder("lead")
                            .level(level(1, firstThreshold))
                            .level(level(2, 30))
                            .build();

            assertThat(policy.reminderLeadDays()).isEqualTo(expectedLead);
        }

        @Test
        void bookListsEveryPolicyOnce() {
            DunningPolicy standard = DunningPolicy.builder("standard").level(level(1, 7)).build();
            DunningPolicy friendly = DunningPolicy.builder("friendly").level(level(1, -3)).build();
            PolicyBook book =
                    PolicyBook.builder(standard)
                            .segment("RETAIL", friendly)
                            .counterparty(CounterpartyId.random(), standard)
                            .build();

            assertThat(book.policies()).containsExactly(standard, friendly);
        }

        @Test
        void handOverScopeDefaultsToItem() {
            DunningPolicy policy = DunningPolicy.builder("standard").level(level(1, 7)).build();

            assertThat(policy.handOverScope()).isEqualTo(HandOverScope.ITEM);
        }
    }
}
