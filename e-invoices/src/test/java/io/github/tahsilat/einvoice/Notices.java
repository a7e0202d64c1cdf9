package io.github.tahsilat.einvoice;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.counterparty.PersonType;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import io.github.tahsilat.notice.PaymentInstructions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Companies, counterparties and dunning notices for the Reminder tests. */
final class Notices {

    static final LocalDate AS_OF = LocalDate.parse("2025-04-01");
    static final LocalDate PAY_BY = LocalDate.parse("2025-04-15");
    static final Iban TR_IBAN = Iban.parse("TR33 0006 1005 1978 6457 8413 26");
    static final Iban DE_IBAN = Iban.parse("DE89 3704 0044 0532 0130 00");

    private Notices() {}

    /** Returns the sending company, with a VKN, a MERSIS number and the given bank accounts. */
    static Company company(String legalName, BankAccount... accounts) {
        Company.Builder builder =
                Company.builder()
                        .id(Fixtures.COMPANY)
                        .legalName(legalName)
                        .settings(
                                CompanySettings.of(
                                        Monetary.getCurrency("TRY"), ZoneId.of("Europe/Istanbul")))
                        .vkn(new Vkn("4840847211"))
                        .mersisNumber(new MersisNumber("0123456789012345"));
        for (BankAccount account : accounts) {
            builder.addBankAccount(account);
        }
        return builder.build();
    }

    /** Returns the counterparty reminded, with {@code taxId} or none when {@code null}. */
    static Counterparty counterparty(String name, TaxIdentifier taxId) {
        return Counterparty.builder()
                .id(Fixtures.COUNTERPARTY)
                .companyId(Fixtures.COMPANY)
                .kind(CounterpartyKind.CUSTOMER)
                .personType(
                        taxId instanceof Tckn ? PersonType.NATURAL_PERSON : PersonType.LEGAL_PERSON)
                .name(name)
                .taxIdentifier(taxId)
                .locale(Locale.forLanguageTag("tr-TR"))
                .build();
    }

    /** Returns a notice of {@code level} in {@code currency} paid to {@code company}'s accounts. */
    static Notice notice(
            Company company,
            CurrencyUnit currency,
            int level,
            List<NoticeLine> lines,
            List<FeeLine> fees,
            List<InterestLine> interest) {
        return new Notice(
                Fixtures.COMPANY,
                Fixtures.COUNTERPARTY,
                "2025-04-01",
                level,
                "LEVEL_" + level,
                currency,
                AS_OF,
                PAY_BY,
                lines,
                fees,
                interest,
                new PaymentInstructions(company.bankAccountsIn(currency), "INV-2025.001"));
    }

    static NoticeLine item(String invoiceNumber, String dueDate, long daysPastDue, String amount) {
        return new NoticeLine(invoiceNumber, LocalDate.parse(dueDate), daysPastDue, money(amount));
    }

    static FeeLine noticeFee(int level, String amount) {
        return new FeeLine(level, FeeBasis.PER_NOTICE, Optional.empty(), money(amount));
    }

    static FeeLine itemFee(int level, String invoiceNumber, String amount) {
        return new FeeLine(level, FeeBasis.PER_ITEM, Optional.of(invoiceNumber), money(amount));
    }

    static InterestLine interest(String invoiceNumber, String from, String to, String amount) {
        return new InterestLine(
                invoiceNumber, LocalDate.parse(from), LocalDate.parse(to), money(amount));
    }

    /** Returns an amount written as {@code "1180.50 TRY"}. */
    static javax.money.MonetaryAmount money(String amountAndCurrency) {
        String[] parts = amountAndCurrency.split(" ");
        return Fixtures.money(parts[0], parts[1]);
    }

    /**
     * Returns a TRY notice of level 2 from a company with one TRY account: two items, a fee per
     * notice, a fee per item and interest on one item.
     */
    static Notice tryNotice(Company company) {
        return notice(
                company,
                Monetary.getCurrency("TRY"),
                2,
                List.of(
                        item("FTR2025000000042", "2025-02-28", 32, "1180.50 TRY"),
                        item("A&B <2025/7>", "2025-03-10", 22, "99.99 TRY")),
                List.of(noticeFee(2, "150.00 TRY"), itemFee(1, "A&B <2025/7>", "25.00 TRY")),
                List.of(interest("FTR2025000000042", "2025-02-28", "2025-04-01", "12.34 TRY")));
    }

    static Company tryCompany() {
        return company(
                "Örnek Şirket A.Ş. & Ortakları",
                new BankAccount(TR_IBAN, "Türkiye İş Bankası", Monetary.getCurrency("TRY")));
    }
}
