package io.github.tahsilat.examples.demo;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A payment a customer sends, which arrives on the company's bank statement of its value date.
 *
 * @param valueDate the day the money arrives, a business day
 * @param customer who pays
 * @param amount the amount that arrives, greater than zero
 * @param remittance the payer's remittance text, never blank
 * @param cheque whether it is a deposited cheque instead of a transfer
 */
record PlannedPayment(
        LocalDate valueDate,
        DemoCustomer customer,
        MonetaryAmount amount,
        String remittance,
        boolean cheque) {}
