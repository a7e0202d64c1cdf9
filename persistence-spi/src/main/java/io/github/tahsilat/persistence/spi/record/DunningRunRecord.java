package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The summary of one dunning run, kept as the company's dunning history. Counts are of this run
 * only; fee totals are per ISO 4217 code at the currency's minor-unit scale.
 *
 * @param companyId the owning company
 * @param id the run's id, made by the library
 * @param runKey the key the host gave the run, never blank
 * @param asOf the run's date; its epoch day fits in an int
 * @param notices the notices the run delivered on at least one channel, 0 or more
 * @param failures the deliveries that failed or were rejected, 0 or more
 * @param exclusions the items the run left out with a reason, 0 or more
 * @param feesByCurrency the fees the run booked, per currency code, each 0 or more
 * @param interestByCurrency the interest the run booked, per currency code, each 0 or more
 * @param lastWrite who ran it and when
 */
public record DunningRunRecord(
        UUID companyId,
        UUID id,
        String runKey,
        LocalDate asOf,
        int notices,
        int failures,
        int exclusions,
        Map<String, BigDecimal> feesByCurrency,
        Map<String, BigDecimal> interestByCurrency,
        WriteStamp lastWrite) {

    /**
     * Checks the components and copies the maps in currency-code order.
     *
     * @throws NullPointerException if a component, key or value is {@code null}
     * @throws IllegalArgumentException if the run key is blank, the date is out of range, a count
     *     is negative, a currency code is malformed or an amount is negative
     */
    public DunningRunRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.text(runKey, "runKey");
        Checks.epochDayDate(asOf, "asOf");
        if (notices < 0 || failures < 0 || exclusions < 0) {
            throw Checks.invalid(
                    "counts", notices + "/" + failures + "/" + exclusions, "counts of 0 or more");
        }
        feesByCurrency = totals(feesByCurrency, "feesByCurrency");
        interestByCurrency = totals(interestByCurrency, "interestByCurrency");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    private static Map<String, BigDecimal> totals(Map<String, BigDecimal> totals, String field) {
        Objects.requireNonNull(totals, field);
        Map<String, BigDecimal> copy = new TreeMap<>();
        totals.forEach(
                (code, amount) -> {
                    Checks.currency(code, field);
                    copy.put(code, Checks.nonNegative(amount, field));
                });
        return Map.copyOf(copy);
    }
}
