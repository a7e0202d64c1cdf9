package io.github.tahsilat.einvoice;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared test data: ids, a context, default terms and importers. */
final class Fixtures {

    static final CompanyId COMPANY = CompanyId.parse("00000000-0000-0000-0000-00000000c001");
    static final CounterpartyId COUNTERPARTY =
            CounterpartyId.parse("00000000-0000-0000-0000-00000000d001");

    /** Every day is a business day, so no due date rolls. */
    static final BusinessCalendar EVERY_DAY = date -> true;

    static final InvoiceContext PER_LINE =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_LINE,
                    EVERY_DAY,
                    ZoneId.of("Europe/Istanbul"));

    static final InvoiceContext PER_DOCUMENT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_DOCUMENT,
                    EVERY_DAY,
                    ZoneId.of("Europe/Istanbul"));

    static final NetDays NET_30 = new NetDays(30);

    private Fixtures() {}

    /** Returns an importer for a company with {@code taxId} that maps every party to one id. */
    static EInvoiceImporter importer(TaxIdentifier taxId, InvoiceContext context) {
        return EInvoiceImporter.builder()
                .companyId(COMPANY)
                .companyTaxId(taxId)
                .context(context)
                .defaultTerms(NET_30)
                .counterparties(party -> COUNTERPARTY)
                .build();
    }

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }
}
