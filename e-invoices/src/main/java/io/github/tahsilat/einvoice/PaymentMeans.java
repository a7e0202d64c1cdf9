package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code cac:PaymentMeans}: how and where to pay.
 *
 * @param code the UNCL 4461 payment means code, such as {@code 30} (credit transfer) or {@code 58}
 *     (SEPA credit transfer), or {@code null}
 * @param paymentDueDate the {@code cbc:PaymentDueDate}, or {@code null}
 * @param paymentId the remittance reference the payer should quote, or {@code null}
 * @param payeeAccountIds the {@code cac:PayeeFinancialAccount/cbc:ID} values as printed, IBAN or
 *     not
 * @param payerAccountIds the {@code cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID} values as
 *     printed, for a direct debit
 */
public record PaymentMeans(
        String code,
        LocalDate paymentDueDate,
        String paymentId,
        List<String> payeeAccountIds,
        List<String> payerAccountIds) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is {@code null}
     */
    public PaymentMeans {
        payeeAccountIds = List.copyOf(payeeAccountIds);
        payerAccountIds = List.copyOf(payerAccountIds);
    }
}
