package io.github.tahsilat.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CompanyTest {

    static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CompanyId ID =
            new CompanyId(UUID.fromString("8d1f1a52-3c1e-4b5e-9a55-0c6f0d0e7a11"));
    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    static Company.Builder validCompany() {
        return Company.builder()
                .id(ID)
                .legalName("Örnek Ticaret A.Ş.")
                .settings(CompanySettings.of(TRY, ISTANBUL))
                .vkn(new Vkn("4540536920"))
                .mersisNumber(new MersisNumber("0454053692000015"))
                .addBankAccount(
                        new BankAccount(
                                Iban.parse("TR33 0006 1005 1978 6457 8413 26"), "Örnek Bank", TRY))
                .addBankAccount(
                        new BankAccount(
                                Iban.parse("DE89 3704 0044 0532 0130 00"), "Beispielbank", EUR));
    }

    @Nested
    class Today {

        @ParameterizedTest
        @CsvSource({
            "America/Sao_Paulo, 2025-11-21T02:30:00Z, 2025-11-20",
            "America/Sao_Paulo, 2025-11-21T03:30:00Z, 2025-11-21",
            "Asia/Tokyo, 2025-11-20T14:59:59Z, 2025-11-20",
            "Asia/Tokyo, 2025-11-20T15:00:00Z, 2025-11-21",
            "Europe/Istanbul, 2025-11-20T21:00:00Z, 2025-11-21",
            "UTC, 2025-11-20T23:59:59Z, 2025-11-20"
        })
        void todayIsDateInCompanyZone(String zone, String instant, String expected) {
            Company company =
                    validCompany().settings(CompanySettings.of(TRY, ZoneId.of(zone))).build();
            Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);

            assertThat(company.today(clock)).isEqualTo(LocalDate.parse(expected));
        }

        @Test
        void clockZoneIsIgnored() {
            Company company =
                    validCompany()
                            .settings(CompanySettings.of(TRY, ZoneId.of("America/Sao_Paulo")))
                            .build();
            Clock tokyoClock =
                    Clock.fixed(Instant.parse("2025-11-21T02:30:00Z"), ZoneId.of("Asia/Tokyo"));

            assertThat(company.today(tokyoClock)).isEqualTo(LocalDate.parse("2025-11-20"));
        }
    }

    @Nested
    class Settings {

        @Test
        void defaultsAreHalfUpPerLineWeekends() {
            CompanySettings settings = CompanySettings.of(TRY, ISTANBUL);

            assertThat(settings.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
            assertThat(settings.vatRounding()).isEqualTo(VatRounding.PER_LINE);
            assertThat(settings.functionalCurrency()).isEqualTo(TRY);
            assertThat(settings.zone()).isEqualTo(ISTANBUL);
        }

        @Test
        void defaultCalendarSkipsOnlyWeekends() {
            BusinessCalendar calendar = CompanySettings.of(TRY, ISTANBUL).calendar();

            assertThat(calendar.isBusinessDay(LocalDate.parse("2025-11-21"))).isTrue();
            assertThat(calendar.isBusinessDay(LocalDate.parse("2025-11-22"))).isFalse();
            assertThat(calendar.isBusinessDay(LocalDate.parse("2025-11-23"))).isFalse();
            assertThat(calendar.isBusinessDay(LocalDate.parse("2025-11-24"))).isTrue();
            // 29 October, Republic Day, is a holiday that this calendar does not know.
            assertThat(calendar.isBusinessDay(LocalDate.parse("2025-10-29"))).isTrue();
        }

        @Test
        void halfEvenAndPerDocumentAllowed() {
            CompanySettings settings =
                    CompanySettings.of(TRY, ISTANBUL)
                            .withRoundingMode(RoundingMode.HALF_EVEN)
                            .withVatRounding(VatRounding.PER_DOCUMENT);

            assertThat(settings.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
            assertThat(settings.vatRounding()).isEqualTo(VatRounding.PER_DOCUMENT);
        }

        @ParameterizedTest
        @EnumSource(
                value = RoundingMode.class,
                names = {"HALF_UP", "HALF_EVEN"},
                mode = EnumSource.Mode.EXCLUDE)
        void otherRoundingModesAreRejected(RoundingMode mode) {
            CompanySettings settings = CompanySettings.of(TRY, ISTANBUL);

            assertThatThrownBy(() -> settings.withRoundingMode(mode))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid roundingMode: " + mode + "; expected HALF_UP or HALF_EVEN");
        }

        @Test
        void missingSettingsAreRejected() {
            assertThatThrownBy(() -> CompanySettings.of(null, ISTANBUL))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing functionalCurrency");
            assertThatThrownBy(() -> CompanySettings.of(TRY, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing zone");
            assertThatThrownBy(() -> CompanySettings.of(TRY, ISTANBUL).withCalendar(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing calendar");
        }
    }

    @Nested
    class Construction {

        @Test
        void builderKeepsEveryField() {
            Company company = validCompany().build();

            assertThat(company.id()).isEqualTo(ID);
            assertThat(company.legalName()).isEqualTo("Örnek Ticaret A.Ş.");
            assertThat(company.vkn()).contains(new Vkn("4540536920"));
            assertThat(company.mersisNumber()).contains(new MersisNumber("0454053692000015"));
            assertThat(company.bankAccounts()).hasSize(2);
        }

        @Test
        void identifiersAreOptional() {
            Company company = validCompany().vkn(null).mersisNumber(null).build();

            assertThat(company.vkn()).isEmpty();
            assertThat(company.mersisNumber()).isEmpty();
        }

        @Test
        void bankAccountsFilterByCurrency() {
            Company company = validCompany().build();

            assertThat(company.bankAccountsIn(EUR))
                    .extracting(account -> account.iban().value())
                    .containsExactly("DE89370400440532013000");
            assertThat(company.bankAccountsIn(Monetary.getCurrency("USD"))).isEmpty();
        }

        @Test
        void bankAccountListIsImmutableCopy() {
            BankAccount account =
                    new BankAccount(Iban.parse("GB82 WEST 1234 5698 7654 32"), "West Bank", EUR);
            List<BankAccount> accounts = new java.util.ArrayList<>(List.of(account));
            Company company =
                    new Company(
                            ID,
                            "Örnek",
                            CompanySettings.of(TRY, ISTANBUL),
                            Optional.empty(),
                            Optional.empty(),
                            accounts);

            accounts.clear();

            assertThat(company.bankAccounts()).containsExactly(account);
            assertThatThrownBy(() -> company.bankAccounts().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    /** The same rules that {@code CompanyValidationTest} proves for Bean Validation. */
    @Nested
    class ConstructorRules {

        @Test
        void missingIdIsRejected() {
            assertThatThrownBy(() -> validCompany().id(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing id; expected a company id");
        }

        @Test
        void blankLegalNameIsRejected() {
            assertThatThrownBy(() -> validCompany().legalName(" ").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid legalName: \" \"; expected text that is not blank, at most"
                                    + " 250 characters");
        }

        @Test
        void longLegalNameIsRejected() {
            assertThat(validCompany().legalName("x".repeat(250)).build().legalName()).hasSize(250);
            assertThatThrownBy(() -> validCompany().legalName("x".repeat(251)).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid legalName");
        }

        @Test
        void missingSettingsAreRejected() {
            assertThatThrownBy(() -> validCompany().settings(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing settings");
        }

        @Test
        void duplicateIbanIsRejected() {
            BankAccount again =
                    new BankAccount(Iban.parse("TR330006100519786457841326"), "Another name", TRY);

            assertThatThrownBy(() -> validCompany().addBankAccount(again).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("expected each IBAN at most once");
        }

        @Test
        void nullBankAccountIsRejected() {
            assertThatThrownBy(() -> validCompany().addBankAccount(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing bankAccounts; expected no null element");
        }

        @Test
        void blankBankNameIsRejected() {
            Iban iban = Iban.parse("TR330006100519786457841326");

            assertThatThrownBy(() -> new BankAccount(iban, "", TRY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid bankName");
            assertThatThrownBy(() -> new BankAccount(iban, "Bank", null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing currency");
        }
    }
}
