package io.github.tahsilat.notice;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.identifier.Iban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared companies, counterparties and policies of the notice tests. */
final class NoticeFixtures {

    static final CompanyId COMPANY_ID =
            new CompanyId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final CounterpartyId COUNTERPARTY_ID =
            new CounterpartyId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final Iban EUR_IBAN = Iban.parse("DE89 3704 0044 0532 0130 00");
    static final Iban TRY_IBAN = Iban.parse("TR33 0006 1005 1978 6457 8413 26");

    private NoticeFixtures() {}

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static MonetaryAmount lira(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    static Company company() {
        return Company.builder()
                .id(COMPANY_ID)
                .legalName("Örnek Ticaret A.Ş.")
                .settings(
                        CompanySettings.of(
                                Monetary.getCurrency("TRY"), ZoneId.of("Europe/Istanbul")))
                .addBankAccount(
                        new BankAccount(TRY_IBAN, "Ziraat Bankası", Monetary.getCurrency("TRY")))
                .addBankAccount(
                        new BankAccount(EUR_IBAN, "Commerzbank", Monetary.getCurrency("EUR")))
                .build();
    }

    static Counterparty counterparty(String name, String languageTag) {
        return Counterparty.builder()
                .id(COUNTERPARTY_ID)
                .companyId(COMPANY_ID)
                .kind(CounterpartyKind.CUSTOMER)
                .name(name)
                .locale(Locale.forLanguageTag(languageTag))
                .build();
    }

    /** Returns a policy with one level, at 14 days, with a fee of 5.00 EUR on {@code basis}. */
    static DunningPolicy policyWithFee(FeeBasis basis) {
        return DunningPolicy.builder("standard")
                .level(DunningLevel.builder(1, 14).fee(new FixedFee(eur("5.00"), basis)).build())
                .build();
    }

    static Notice notice(
            DunningPolicy policy, List<NoticeLine> lines, List<InterestLine> interest) {
        return NoticeComposer.compose(
                company(),
                counterparty("Müşteri Ltd.", "tr-TR"),
                "2025-04-01",
                policy,
                policy.levels().get(0),
                LocalDate.of(2025, 4, 1),
                lines,
                interest,
                "RF18-INV-2025");
    }
}
