package io.github.tahsilat.internal.dunning;

import static io.github.tahsilat.internal.dunning.DunningFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.ChargeVat;
import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.InterestSettings;
import io.github.tahsilat.dunning.InterestStart;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateTable;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.dunning.ChargeInvoice;
import io.github.tahsilat.service.dunning.ChargeKind;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Charge invoices with VAT that a run reports for the fees and late interest it books. */
class DunningChargeInvoiceTest {

    /** 19 days after the fixture's due date, so level 2 at 14 days is reached. */
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 20);

    private static final ChargeVat EXCLUSIVE_20 =
            new ChargeVat(new BigDecimal("20"), VatBasis.EXCLUSIVE);
    private static final ChargeVat INCLUSIVE_20 =
            new ChargeVat(new BigDecimal("20"), VatBasis.INCLUSIVE);

    private final DunningFixture fixture = new DunningFixture(InMemoryStores.create());
    private final RecordingChannel email = new RecordingChannel("email");

    /** Level 1 at 7 days, level 2 at 14 days with a fee of 10.00 EUR per notice. */
    private static PolicyBook feePolicy(ChargeVat vat) {
        return PolicyBook.builder(
                        DunningPolicy.builder("fees")
                                .chargeVat(vat)
                                .level(DunningLevel.builder(1, 7).build())
                                .level(
                                        DunningLevel.builder(2, 14)
                                                .fee(
                                                        new FixedFee(
                                                                eur("10.00"), FeeBasis.PER_NOTICE))
                                                .build())
                                .build())
                .build();
    }

    /**
     * Level 1 at 14 days adds Act/365F interest at 36.5 % a year from the due date, 0.10 % a day,
     * and charges no fee.
     */
    private static PolicyBook interestPolicy(ChargeVat vat) {
        return PolicyBook.builder(
                        DunningPolicy.builder("interest")
                                .chargeVat(vat)
                                .interest(
                                        new InterestSettings(
                                                DayCount.ACTUAL_365_FIXED,
                                                RateTable.fixed(
                                                        LocalDate.of(2025, 1, 1),
                                                        new BigDecimal("36.5")),
                                                InterestStart.FROM_DUE_DATE))
                                .level(
                                        DunningLevel.builder(1, 14)
                                                .action(DunningAction.ADD_INTEREST)
                                                .build())
                                .build())
                .build();
    }

    private DefaultDunningService service(PolicyBook policies) {
        return DunningFixture.service(fixture.stores, List.of(email), RunHook.NONE, policies);
    }

    private static ChargeInvoice referencing(DunningRunResult result, Invoice invoice) {
        return result.chargeInvoices().stream()
                .filter(i -> i.referenceInvoice().equals(invoice.id()))
                .findFirst()
                .orElseThrow();
    }

    private DunningRunRequest request() {
        return DunningRunRequest.of(fixture.companyId, AS_OF);
    }

    @Nested
    class Fees {

        @Test
        void exclusiveVatIsAddedOnTop() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            Invoice overdue = fixture.invoice(customer, "A-1", "500.00");

            DunningRunResult result = service(feePolicy(EXCLUSIVE_20)).run(request());

            assertThat(result.chargeInvoices()).hasSize(1);
            ChargeInvoice invoice = result.chargeInvoices().get(0);
            assertThat(invoice.kind()).isEqualTo(ChargeKind.FEE);
            assertThat(invoice.counterpartyId()).isEqualTo(customer.id());
            assertThat(invoice.referenceInvoice()).isEqualTo(overdue.id());
            assertThat(invoice.referenceNumber()).isEqualTo("A-1");
            assertThat(invoice.date()).isEqualTo(AS_OF);
            assertThat(invoice.net()).isEqualTo(eur("10.00"));
            assertThat(invoice.vatRate()).isEqualByComparingTo("20");
            assertThat(invoice.vat()).isEqualTo(eur("2.00"));
            assertThat(invoice.gross()).isEqualTo(eur("12.00"));
            assertThat(invoice.currency().getCurrencyCode()).isEqualTo("EUR");
        }

        @Test
        void inclusiveVatIsTakenFromTheFee() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A-1", "500.00");

            DunningRunResult result = service(feePolicy(INCLUSIVE_20)).run(request());

            assertThat(result.chargeInvoices()).hasSize(1);
            ChargeInvoice invoice = result.chargeInvoices().get(0);
            assertThat(invoice.net()).isEqualTo(eur("8.33"));
            assertThat(invoice.vat()).isEqualTo(eur("1.67"));
            assertThat(invoice.gross()).isEqualTo(eur("10.00"));
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo("10.00");
        }

        @Test
        void perNoticeFeeReferencesEarliestDueItem() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            Invoice first = fixture.invoice(customer, "A-1", "500.00", LocalDate.of(2025, 2, 20));
            fixture.invoice(customer, "A-2", "700.00");

            DunningRunResult result = service(feePolicy(EXCLUSIVE_20)).run(request());

            assertThat(result.chargeInvoices())
                    .singleElement()
                    .satisfies(i -> assertThat(i.referenceInvoice()).isEqualTo(first.id()));
        }

        @Test
        void vatOffProposesNone() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A-1", "500.00");

            DunningRunResult result = service(feePolicy(null)).run(request());

            assertThat(result.fees()).hasSize(1);
            assertThat(result.chargeInvoices()).isEmpty();
        }
    }

    @Nested
    class Interest {

        @Test
        void oneInvoicePerItem() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            Invoice first = fixture.invoice(customer, "B-1", "1000.00");
            Invoice second = fixture.invoice(customer, "B-2", "2000.00");

            DunningRunResult result = service(interestPolicy(INCLUSIVE_20)).run(request());

            assertThat(result.interest()).hasSize(2);
            assertThat(result.chargeInvoices()).hasSize(2);
            ChargeInvoice one = referencing(result, first);
            ChargeInvoice two = referencing(result, second);
            assertThat(one.kind()).isEqualTo(ChargeKind.LATE_INTEREST);
            assertThat(one.referenceNumber()).isEqualTo("B-1");
            assertThat(one.net()).isEqualTo(eur("15.83"));
            assertThat(one.vat()).isEqualTo(eur("3.17"));
            assertThat(one.gross()).isEqualTo(eur("19.00"));
            assertThat(two.kind()).isEqualTo(ChargeKind.LATE_INTEREST);
            assertThat(two.referenceNumber()).isEqualTo("B-2");
            assertThat(two.net()).isEqualTo(eur("31.67"));
            assertThat(two.vat()).isEqualTo(eur("6.33"));
            assertThat(two.gross()).isEqualTo(eur("38.00"));
        }

        @Test
        void exclusiveVatOnInterest() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "B-1", "1000.00");

            DunningRunResult result = service(interestPolicy(EXCLUSIVE_20)).run(request());

            assertThat(result.chargeInvoices())
                    .singleElement()
                    .satisfies(
                            i -> {
                                assertThat(i.net()).isEqualTo(eur("19.00"));
                                assertThat(i.vat()).isEqualTo(eur("3.80"));
                                assertThat(i.gross()).isEqualTo(eur("22.80"));
                            });
        }
    }

    @Nested
    class Reruns {

        @Test
        void sameRunKeyProposesNothingNew() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A-1", "500.00");
            DefaultDunningService service = service(feePolicy(EXCLUSIVE_20));

            DunningRunResult first = service.run(request());
            DunningRunResult second = service.run(request());

            assertThat(first.chargeInvoices()).hasSize(1);
            assertThat(second.chargeInvoices()).isEmpty();
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo("10.00");
        }

        @Test
        void dryRunProposesWhatRunBooks() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A-1", "500.00");
            DefaultDunningService service = service(feePolicy(EXCLUSIVE_20));

            DunningRunResult dry = service.run(request().asDryRun());

            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo(BigDecimal.ZERO);
            DunningRunResult real = service.run(request());
            assertThat(dry.chargeInvoices()).hasSize(1);
            assertThat(dry.chargeInvoices()).isEqualTo(real.chargeInvoices());
        }

        @Test
        void dryRunAfterRunProposesNothing() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A-1", "500.00");
            DefaultDunningService service = service(feePolicy(EXCLUSIVE_20));
            service.run(request());

            DunningRunResult dry = service.run(request().asDryRun());

            assertThat(dry.chargeInvoices()).isEmpty();
        }
    }
}
