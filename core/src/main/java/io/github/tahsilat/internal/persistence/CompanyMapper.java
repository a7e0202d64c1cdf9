package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.math.RoundingMode;
import java.time.ZoneId;

/** Maps a {@link Company} to and from a {@link CompanyRecord}. */
final class CompanyMapper {

    private static final String TYPE = "CompanyRecord";

    private CompanyMapper() {}

    static CompanyRecord toRecord(
            Company company, long version, WriteStamp stamp, Calendars calendars) {
        String calendarId = calendars.idOf(company.settings().calendar());
        return Conversions.toRecord(
                "company",
                () ->
                        new CompanyRecord(
                                company.id().value(),
                                version,
                                settings(company, calendarId),
                                stamp));
    }

    private static io.github.tahsilat.persistence.spi.record.CompanySettings settings(
            Company company, String calendarId) {
        CompanySettings settings = company.settings();
        return new io.github.tahsilat.persistence.spi.record.CompanySettings(
                company.legalName(),
                settings.functionalCurrency().getCurrencyCode(),
                settings.zone().getId(),
                settings.roundingMode().name(),
                io.github.tahsilat.persistence.spi.record.VatRounding.valueOf(
                        settings.vatRounding().name()),
                company.vkn().map(Vkn::value),
                company.mersisNumber().map(MersisNumber::value),
                company.bankAccounts().stream()
                        .map(
                                account ->
                                        new io.github.tahsilat.persistence.spi.record.BankAccount(
                                                account.iban().value(),
                                                account.bankName(),
                                                account.currency().getCurrencyCode()))
                        .toList(),
                calendarId);
    }

    static Company toDomain(CompanyRecord record, Calendars calendars) {
        return Conversions.fromRecord(TYPE, record.companyId(), () -> rebuild(record, calendars));
    }

    private static Company rebuild(CompanyRecord record, Calendars calendars) {
        var stored = record.settings();
        var calendar =
                calendars
                        .byId(stored.calendarId())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "unknown calendarId: "
                                                        + stored.calendarId()
                                                        + "; expected a calendar registered"
                                                        + " with the engine"));
        CompanySettings settings =
                new CompanySettings(
                        Amounts.currency(stored.functionalCurrency()),
                        ZoneId.of(stored.zoneId()),
                        RoundingMode.valueOf(stored.roundingMode()),
                        VatRounding.valueOf(stored.vatRounding().name()),
                        calendar);
        Company.Builder builder =
                Company.builder()
                        .id(new CompanyId(record.companyId()))
                        .legalName(stored.legalName())
                        .settings(settings)
                        .vkn(stored.vkn().map(Vkn::new).orElse(null))
                        .mersisNumber(stored.mersis().map(MersisNumber::new).orElse(null));
        for (var account : stored.bankAccounts()) {
            builder.addBankAccount(
                    new BankAccount(
                            new Iban(account.iban()),
                            account.bankName(),
                            Amounts.currency(account.currency())));
        }
        return builder.build();
    }
}
