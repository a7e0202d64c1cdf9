package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Bank lines and open items for reconciliation tests. */
final class Lines {

    static final String ACCOUNT = "TR330006100519786457841326";
    static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    static final Iban PAYER_IBAN = Iban.parse("TR02 0006 1005 1978 6457 8413 99");
    static final Iban OTHER_IBAN = Iban.parse("TR420001000000000000000001");

    private Lines() {}

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static MonetaryAmount try_(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    static BankLine.Builder line(String amount) {
        return BankLine.builder().accountId(ACCOUNT).bookingDate(DAY).amount(eur(amount));
    }

    static CounterpartyId counterparty(int n) {
        return new CounterpartyId(new UUID(0xC0, n));
    }

    static InvoiceId invoiceId(int n) {
        return new InvoiceId(new UUID(0x1E, n));
    }

    static OpenItemCandidate item(int n, String number, String outstanding) {
        return item(n, number, eur(outstanding), counterparty(1), "Acme Ticaret A.Ş.");
    }

    static OpenItemCandidate item(
            int n,
            String number,
            MonetaryAmount outstanding,
            CounterpartyId counterparty,
            String name) {
        return new OpenItemCandidate(
                invoiceId(n),
                number,
                counterparty,
                name,
                List.of(),
                List.of(),
                outstanding,
                DAY.minusDays(30).plusDays(n % 1000),
                Optional.empty());
    }

    static OpenItemCandidate withIban(OpenItemCandidate item, Iban iban) {
        return new OpenItemCandidate(
                item.invoiceId(),
                item.invoiceNumber(),
                item.counterpartyId(),
                item.counterpartyName(),
                List.of(iban),
                item.counterpartyTaxIds(),
                item.outstanding(),
                item.dueDate(),
                item.paymentReference());
    }

    static OpenItemCandidate withTaxId(OpenItemCandidate item, TaxIdentifier taxId) {
        return new OpenItemCandidate(
                item.invoiceId(),
                item.invoiceNumber(),
                item.counterpartyId(),
                item.counterpartyName(),
                item.counterpartyIbans(),
                List.of(taxId),
                item.outstanding(),
                item.dueDate(),
                item.paymentReference());
    }

    static OpenItemCandidate withReference(OpenItemCandidate item, String reference) {
        return new OpenItemCandidate(
                item.invoiceId(),
                item.invoiceNumber(),
                item.counterpartyId(),
                item.counterpartyName(),
                item.counterpartyIbans(),
                item.counterpartyTaxIds(),
                item.outstanding(),
                item.dueDate(),
                Optional.of(StructuredReference.parse(reference)));
    }

    static OpenItemIndex index(OpenItemCandidate... items) {
        OpenItemIndex index = new OpenItemIndex();
        for (OpenItemCandidate item : items) {
            index.put(item);
        }
        return index;
    }

    static MatchResult match(OpenItemIndex index, BankLine... lines) {
        return new BankLineMatcher(index, MatchSettings.defaults()).match(List.of(lines));
    }
}
