package io.github.tahsilat.examples.demo;

import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import javax.money.MonetaryAmount;

/**
 * A step in the life of a post-dated cheque or promissory note. An instrument that is still in the
 * company's portfolio at maturity and clears has no event for it, because the bank collects it and
 * its statement entry clears it.
 *
 * @param step what happens
 * @param request the instrument as the customer gave it
 * @param invoiceId the invoice it pays
 * @param fee the fee charged to the customer when it bounces, in the invoice's currency; zero for
 *     the other steps
 */
record InstrumentEvent(
        Step step, InstrumentRequest request, InvoiceId invoiceId, MonetaryAmount fee) {

    /** The steps, in the order they can happen. */
    enum Step {
        /** The customer gives the instrument, which enters the portfolio. */
        RECEIVE,
        /** The company endorses (ciro) it to its supplier as a payment. */
        ENDORSE,
        /** The company gives it to its bank, which collects it at maturity. */
        HAND_TO_BANK,
        /** An endorsed instrument is paid to the supplier at maturity. */
        CLEAR_ENDORSED,
        /** It is not paid at maturity (karşılıksız): the bank or the supplier returns it. */
        BOUNCE
    }
}
