package io.github.tahsilat.examples;

import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingBucket;
import io.github.tahsilat.report.AgingBuckets;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Ages an accounts-receivable file as of a date through the library's aging report. An invoice is
 * outstanding on the date when its invoice date is on or before it and its settled date is after
 * it. The buckets are the library's standard ones by due date: current (not yet due or due that
 * day), 1-30, 31-60, 61-90 and over 90 days past due.
 *
 * <p>Each call builds its own engine on a new in-memory store. Thread-safe.
 */
public final class ArAging {

    private ArAging() {}

    /**
     * The aging of the file as of a date.
     *
     * @param asOf the date of the aging
     * @param openInvoices the invoices outstanding on {@code asOf}
     * @param buckets the library's buckets, in ascending order of age
     * @param amounts the outstanding USD amount of each bucket, in the order of {@code buckets}
     */
    public record Result(
            LocalDate asOf,
            int openInvoices,
            List<AgingBucket> buckets,
            List<MonetaryAmount> amounts) {

        /**
         * Checks the fields and copies the lists.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the lists differ in size
         */
        public Result {
            Objects.requireNonNull(asOf, "asOf");
            buckets = List.copyOf(buckets);
            amounts = List.copyOf(amounts);
            if (buckets.size() != amounts.size()) {
                throw new IllegalArgumentException(
                        buckets.size() + " buckets but " + amounts.size() + " amounts");
            }
        }

        /** Returns the sum of the buckets. */
        public MonetaryAmount total() {
            MonetaryAmount total = Money.zero(ArBooks.USD);
            for (MonetaryAmount amount : amounts) {
                total = total.add(amount);
            }
            return total;
        }
    }

    /**
     * Ages {@code invoices} as of {@code asOf}: issues the invoices dated on or before it, records
     * the settlements dated on or before it, and reads the library's aging.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws io.github.tahsilat.error.TahsilatException if the library rejects an invoice or a
     *     payment, such as two invoices with the same number
     */
    public static Result asOf(List<ArInvoice> invoices, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ArBooks books = new ArBooks(List.of());
        books.moveTo(asOf);
        List<ArInvoice> issued =
                invoices.stream()
                        .filter(row -> !row.invoiceDate().isAfter(asOf))
                        .sorted(Comparator.comparing(ArInvoice::invoiceDate))
                        .toList();
        issued.forEach(books::issue);
        issued.stream()
                .filter(row -> !row.settledDate().isAfter(asOf))
                .sorted(Comparator.comparing(ArInvoice::settledDate))
                .forEach(books::settle);

        AgingBuckets buckets = AgingBuckets.standard();
        AgingReport report =
                books.engine()
                        .reports()
                        .aging(books.companyId(), AgingOptions.asOf(asOf).buckets(buckets));
        List<MonetaryAmount> amounts = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            amounts.add(Money.zero(ArBooks.USD));
        }
        for (AgingAmounts total : report.totals()) {
            for (int i = 0; i < buckets.size(); i++) {
                amounts.set(i, amounts.get(i).add(total.buckets().get(i)));
            }
        }
        return new Result(asOf, books.openInvoices(), buckets.buckets(), amounts);
    }
}
