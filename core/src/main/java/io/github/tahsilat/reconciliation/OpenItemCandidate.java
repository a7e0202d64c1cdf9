package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An open item that a bank line may pay: an invoice with an amount outstanding, with what
 * reconciliation needs to recognise it in a payment: its number, the host's payment reference and
 * who owes it.
 *
 * <p>{@link #toString()} leaves out the counterparty's name, IBANs and tax identifiers. Immutable
 * and thread-safe.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber the number printed on the invoice, not blank
 * @param counterpartyId the counterparty that owes the item
 * @param counterpartyName the counterparty's name, not blank
 * @param counterpartyIbans the counterparty's known accounts, possibly empty
 * @param counterpartyTaxIds the counterparty's tax identifiers (VKN, T.C. Kimlik No or foreign),
 *     possibly empty
 * @param outstanding the amount still owed, greater than zero, in the invoice's currency
 * @param dueDate the due date of the earliest installment with an amount outstanding
 * @param paymentReference the structured reference the host issued for the invoice, such as an RF
 *     reference printed on it, or empty
 */
public record OpenItemCandidate(
        @NotNull InvoiceId invoiceId,
        @NotBlank String invoiceNumber,
        @NotNull CounterpartyId counterpartyId,
        @NotBlank String counterpartyName,
        @NotNull List<@NotNull @Valid Iban> counterpartyIbans,
        @NotNull List<@NotNull @Valid TaxIdentifier> counterpartyTaxIds,
        @NotNull MonetaryAmount outstanding,
        @NotNull LocalDate dueDate,
        @NotNull Optional<@Valid StructuredReference> paymentReference) {

    /**
     * Checks every field and copies the lists.
     *
     * @throws InvalidInputException if a field or list element is {@code null}; if the invoice
     *     number or counterparty name is blank; or if {@code outstanding} is not greater than zero
     *     or has more decimals than its currency
     */
    public OpenItemCandidate {
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        InputChecks.text(invoiceNumber, "invoiceNumber", Integer.MAX_VALUE);
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        InputChecks.personalText(counterpartyName, "counterpartyName", Integer.MAX_VALUE);
        counterpartyIbans = InputChecks.distinctList(counterpartyIbans, "counterpartyIbans");
        counterpartyTaxIds = InputChecks.distinctList(counterpartyTaxIds, "counterpartyTaxIds");
        InputChecks.present(outstanding, "outstanding", "the amount still owed");
        if (!outstanding.isPositive()) {
            throw new InvalidInputException(
                    "outstanding", outstanding, "an amount greater than zero for an open item");
        }
        Amounts.toMinor(outstanding, "outstanding");
        InputChecks.present(dueDate, "dueDate", "the due date");
        InputChecks.present(paymentReference, "paymentReference", "a reference or empty");
    }

    /**
     * Builds the candidate for an invoice of {@code counterparty} from their stored values.
     *
     * @param dueDate the due date of the earliest installment with an amount outstanding, as {@link
     *     io.github.tahsilat.service.StoredInvoice#dueDate()} gives it
     * @param paymentReference the reference the host issued for the invoice, or {@code null}
     * @throws InvalidInputException if an argument is {@code null}, the invoice belongs to another
     *     counterparty or has nothing outstanding
     */
    public static OpenItemCandidate of(
            Invoice invoice,
            Counterparty counterparty,
            LocalDate dueDate,
            StructuredReference paymentReference) {
        InputChecks.present(invoice, "invoice", "an open invoice");
        InputChecks.present(counterparty, "counterparty", "the invoice's counterparty");
        if (!invoice.counterpartyId().equals(counterparty.id())) {
            throw new InvalidInputException(
                    "counterparty",
                    counterparty.id(),
                    "the invoice's counterparty " + invoice.counterpartyId());
        }
        return new OpenItemCandidate(
                invoice.id(),
                invoice.number(),
                counterparty.id(),
                counterparty.name(),
                counterparty.ibans(),
                counterparty.taxIdentifier().stream().toList(),
                invoice.outstanding(),
                dueDate,
                Optional.ofNullable(paymentReference));
    }

    /** Returns a copy with another outstanding amount. */
    public OpenItemCandidate withOutstanding(MonetaryAmount newOutstanding) {
        return new OpenItemCandidate(
                invoiceId,
                invoiceNumber,
                counterpartyId,
                counterpartyName,
                counterpartyIbans,
                counterpartyTaxIds,
                newOutstanding,
                dueDate,
                paymentReference);
    }

    /** Returns the invoice, number, counterparty id, outstanding amount and due date, for logs. */
    @Override
    public String toString() {
        return "OpenItemCandidate[invoiceId="
                + invoiceId
                + ", invoiceNumber="
                + invoiceNumber
                + ", counterpartyId="
                + counterpartyId
                + ", outstanding="
                + outstanding
                + ", dueDate="
                + dueDate
                + "]";
    }
}
