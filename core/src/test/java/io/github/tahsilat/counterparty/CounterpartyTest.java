package io.github.tahsilat.counterparty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CounterpartyTest {

    static final CounterpartyId ID =
            new CounterpartyId(UUID.fromString("1b9f5a0e-7d4c-4f1a-8e2b-5c3d6e7f8a90"));
    static final CompanyId COMPANY =
            new CompanyId(UUID.fromString("8d1f1a52-3c1e-4b5e-9a55-0c6f0d0e7a11"));
    static final Tckn TCKN = new Tckn("10000000146");

    static Counterparty.Builder person() {
        return Counterparty.builder()
                .id(ID)
                .companyId(COMPANY)
                .kind(CounterpartyKind.CUSTOMER)
                .name("Ayşe Yılmaz")
                .taxIdentifier(TCKN)
                .addIban(Iban.parse("TR33 0006 1005 1978 6457 8413 26"))
                .contactDetails(
                        ContactDetails.of("ayse@example.com.tr", "+905321234567", "İstanbul"));
    }

    static Counterparty.Builder company() {
        return Counterparty.builder()
                .id(ID)
                .companyId(COMPANY)
                .kind(CounterpartyKind.BOTH)
                .name("Örnek Ticaret A.Ş.")
                .taxIdentifier(new Vkn("4540536920"))
                .addIban(Iban.parse("TR33 0006 1005 1978 6457 8413 26"))
                .segment("WHOLESALE")
                .contactDetails(ContactDetails.of("muhasebe@example.com.tr", null, null));
    }

    @Nested
    class NaturalPerson {

        @Test
        void tcknMakesNaturalPerson() {
            Counterparty counterparty = person().build();

            assertThat(counterparty.isNaturalPerson()).isTrue();
            assertThat(counterparty.personType()).isEqualTo(PersonType.NATURAL_PERSON);
        }

        @Test
        void vknDefaultsToLegalPerson() {
            assertThat(company().build().isNaturalPerson()).isFalse();
        }

        @Test
        void vknHolderMayBeNaturalPerson() {
            Counterparty soleTrader = company().personType(PersonType.NATURAL_PERSON).build();

            assertThat(soleTrader.isNaturalPerson()).isTrue();
        }

        @Test
        void tcknWithLegalPersonIsRejected() {
            Counterparty.Builder builder = person().personType(PersonType.LEGAL_PERSON);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid personType: LEGAL_PERSON; expected NATURAL_PERSON, because"
                                    + " the tax identifier is a T.C. Kimlik No");
        }

        @Test
        void foreignTaxIdIsAllowed() {
            Counterparty foreign =
                    company()
                            .taxIdentifier(new ForeignTaxId("DE", "DE123456789"))
                            .locale(Locale.forLanguageTag("de-DE"))
                            .build();

            assertThat(foreign.taxIdentifier()).contains(new ForeignTaxId("DE", "DE123456789"));
            assertThat(foreign.isNaturalPerson()).isFalse();
        }

        @Test
        void taxIdentifierIsOptional() {
            assertThat(company().taxIdentifier(null).build().taxIdentifier()).isEmpty();
        }
    }

    @Nested
    class Kind {

        @Test
        void kindsReportCustomerAndSupplier() {
            assertThat(CounterpartyKind.CUSTOMER.isCustomer()).isTrue();
            assertThat(CounterpartyKind.CUSTOMER.isSupplier()).isFalse();
            assertThat(CounterpartyKind.SUPPLIER.isCustomer()).isFalse();
            assertThat(CounterpartyKind.SUPPLIER.isSupplier()).isTrue();
            assertThat(CounterpartyKind.BOTH.isCustomer()).isTrue();
            assertThat(CounterpartyKind.BOTH.isSupplier()).isTrue();
        }
    }

    @Nested
    class HoldState {

        @Test
        void putOnHoldReturnsNewValue() {
            Counterparty active = company().build();

            Counterparty onHold = active.putOnHold("invoice disputed");

            assertThat(onHold.isOnHold()).isTrue();
            assertThat(onHold.hold()).contains(new Hold("invoice disputed"));
            assertThat(active.isOnHold()).isFalse();
        }

        @Test
        void secondHoldReplacesReason() {
            Counterparty onHold =
                    company().build().putOnHold("dispute").putOnHold("promise to pay");

            assertThat(onHold.hold()).contains(new Hold("promise to pay"));
        }

        @Test
        void releaseHoldClearsHold() {
            Counterparty active = company().build();

            Counterparty released = active.putOnHold("dispute").releaseHold();

            assertThat(released.isOnHold()).isFalse();
            assertThat(released).isEqualTo(active);
        }

        @Test
        void releaseWithoutHoldReturnsSame() {
            Counterparty active = company().build();

            assertThat(active.releaseHold()).isSameAs(active);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void blankReasonIsRejected(String reason) {
            Counterparty active = company().build();

            assertThatThrownBy(() -> active.putOnHold(reason))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid reason: <redacted, ");
        }

        @Test
        void missingReasonIsRejected() {
            Counterparty active = company().build();

            assertThatThrownBy(() -> active.putOnHold(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing reason");
        }

        @Test
        void toBuilderKeepsHold() {
            Counterparty onHold = company().build().putOnHold("dispute");

            assertThat(onHold.toBuilder().build()).isEqualTo(onHold);
        }
    }

    @Nested
    class PersonalData {

        @Test
        void pseudonymizeRemovesPersonData() {
            Counterparty erased = person().build().putOnHold("dispute").pseudonymize("Customer 1");

            assertThat(erased.name()).isEqualTo("Customer 1");
            assertThat(erased.taxIdentifier()).isEmpty();
            assertThat(erased.ibans()).isEmpty();
            assertThat(erased.contactDetails().isEmpty()).isTrue();
            assertThat(erased.isNaturalPerson()).isTrue();
            assertThat(erased.isOnHold()).isTrue();
            assertThat(erased.id()).isEqualTo(ID);
        }

        @Test
        void pseudonymizeKeepsCompanyTaxNumber() {
            Counterparty erased = company().build().pseudonymize("Supplier 1");

            assertThat(erased.name()).isEqualTo("Supplier 1");
            assertThat(erased.taxIdentifier()).contains(new Vkn("4540536920"));
            assertThat(erased.ibans()).hasSize(1);
            assertThat(erased.contactDetails()).isEqualTo(ContactDetails.none());
        }

        @Test
        void toStringOmitsPersonalData() {
            Counterparty counterparty = person().build();

            String text = counterparty.toString();

            assertThat(text).doesNotContain("Ayşe", "10000000146", "0146", "ayse@", "TR33");
            assertThat(text).contains(ID.toString(), "NATURAL_PERSON", "tr-TR");
            assertThat(counterparty.contactDetails().toString())
                    .isEqualTo(
                            "ContactDetails[email=present, phone=present, postalAddress=present]");
        }

        @Test
        void rejectedNameIsRedacted() {
            String tooLong = "Ayşe ".repeat(60);

            assertThatThrownBy(() -> person().name(tooLong).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid name: <redacted, 300 characters>; expected text that is not"
                                    + " blank, at most 250 characters");
        }
    }

    /** The same rules that {@code CounterpartyValidationTest} proves for Bean Validation. */
    @Nested
    class ConstructorRules {

        @Test
        void missingRequiredFieldsAreRejected() {
            assertThatThrownBy(() -> company().id(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing id");
            assertThatThrownBy(() -> company().companyId(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing companyId");
            assertThatThrownBy(() -> company().kind(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing kind");
            assertThatThrownBy(() -> company().name(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing name");
            assertThatThrownBy(() -> company().locale(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing locale");
            assertThatThrownBy(() -> company().contactDetails(null).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("missing contactDetails");
        }

        @Test
        void rootLocaleIsRejected() {
            assertThatThrownBy(() -> company().locale(Locale.ROOT).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid locale: und; expected a locale with a language, such as"
                                    + " tr-TR");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "-RETAIL", "RETAIL SEGMENT", "RETAIL/1", "ÖZEL"})
        void malformedSegmentIsRejected(String segment) {
            assertThatThrownBy(() -> company().segment(segment).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid segment");
        }

        @Test
        void segmentOfFiftyCharactersIsKept() {
            String longest = "S".repeat(50);

            assertThat(company().segment(longest).build().segment()).isEqualTo(longest);
            assertThatThrownBy(() -> company().segment(longest + "S").build())
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void defaultSegmentAndLocaleApply() {
            Counterparty counterparty = person().build();

            assertThat(counterparty.segment()).isEqualTo(Counterparty.DEFAULT_SEGMENT);
            assertThat(counterparty.locale()).isEqualTo(Locale.forLanguageTag("tr-TR"));
        }

        @Test
        void duplicateIbanIsRejected() {
            Counterparty.Builder builder =
                    company().addIban(Iban.parse("TR330006100519786457841326"));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("expected each element at most once");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ayse", "ayse@", "@example.com", "ayse @example.com", "a@b@c"})
        void malformedEmailIsRejected(String email) {
            assertThatThrownBy(() -> ContactDetails.of(email, null, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid email: <redacted, ");
        }

        @ParameterizedTest
        @ValueSource(strings = {"05321234567", "+90 532 123 45 67", "+0532123456", "+12345"})
        void nonE164PhoneIsRejected(String phone) {
            assertThatThrownBy(() -> ContactDetails.of(null, phone, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid phone: <redacted, ");
        }

        @Test
        void blankAddressIsRejected() {
            assertThatThrownBy(() -> ContactDetails.of(null, null, " "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid postalAddress");
        }
    }
}
