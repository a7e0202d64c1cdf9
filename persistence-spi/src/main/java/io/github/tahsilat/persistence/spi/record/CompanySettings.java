package io.github.tahsilat.persistence.spi.record;

import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a company, the legal entity whose books the library keeps.
 *
 * @param legalName the registered name, never blank
 * @param functionalCurrency the ISO 4217 code of the currency the books are kept in
 * @param zoneId the time zone id that turns instants into business dates, such as {@code
 *     "Europe/Istanbul"}
 * @param roundingMode the {@link RoundingMode} name used to round to the minor unit, such as {@code
 *     "HALF_UP"}
 * @param vatRounding where VAT is rounded
 * @param vkn the ten-digit Turkish tax number (vergi kimlik numarası), or empty
 * @param mersis the sixteen-digit Turkish central registry number (MERSİS), or empty
 * @param bankAccounts the company's bank accounts, possibly empty
 * @param calendarId the id of the business calendar used to roll due dates, never blank
 */
public record CompanySettings(
        String legalName,
        String functionalCurrency,
        String zoneId,
        String roundingMode,
        VatRounding vatRounding,
        Optional<String> vkn,
        Optional<String> mersis,
        List<BankAccount> bankAccounts,
        String calendarId) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     * @throws IllegalArgumentException if a text is blank, a code or number is malformed, the zone
     *     id is unknown or the rounding mode is not a {@link RoundingMode} name
     */
    public CompanySettings {
        Checks.text(legalName, "legalName");
        Checks.currency(functionalCurrency, "functionalCurrency");
        Checks.text(zoneId, "zoneId");
        try {
            ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw Checks.invalid("zoneId", zoneId, "a time zone id such as Europe/Istanbul");
        }
        Checks.text(roundingMode, "roundingMode");
        try {
            RoundingMode.valueOf(roundingMode);
        } catch (IllegalArgumentException e) {
            throw Checks.invalid(
                    "roundingMode", roundingMode, "a RoundingMode name such as HALF_UP");
        }
        Objects.requireNonNull(vatRounding, "vatRounding");
        Objects.requireNonNull(vkn, "vkn").ifPresent(value -> Checks.digits(value, 10, "vkn"));
        Objects.requireNonNull(mersis, "mersis")
                .ifPresent(value -> Checks.digits(value, 16, "mersis"));
        bankAccounts = Checks.list(bankAccounts, "bankAccounts");
        Checks.text(calendarId, "calendarId");
    }
}
