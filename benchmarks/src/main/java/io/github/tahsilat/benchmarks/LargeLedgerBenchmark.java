package io.github.tahsilat.benchmarks;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Allocator;
import io.github.tahsilat.allocation.OpenItem;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.report.Aging;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CompactItems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One customer with many open invoices of 10.00 EUR, each due on its own day: one payment of 75 %
 * of the total allocated oldest first, one bank line per invoice quoting its number, and the aging
 * of the invoices. Run at 20,000 and 40,000 invoices; twice the invoices must take less than three
 * times as long. Scores are milliseconds per job.
 *
 * <p>The aging reads the ledger after the payment: the oldest three quarters settled, the rest
 * open. The setup checks the results first: the payment settles the oldest three quarters of the
 * invoices and leaves a quarter outstanding (50,000.00 EUR of 20,000 invoices), every line matches
 * an invoice, and the aging's total equals the outstanding amount.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LargeLedgerBenchmark {

    private static final long INVOICE_MINOR = 10_00;
    private static final String ACCOUNT = "TR330006100519786457841326";

    @Param({"20000", "40000"})
    int invoices;

    List<OpenItem> itemsInDueOrder;
    MonetaryAmount payment;
    Allocator allocator = Allocator.of(AllocationPolicy.defaults());
    BankLineMatcher matcher;
    List<BankLine> lines;
    CompactItems compact;
    CompanyId companyId = new CompanyId(new UUID(1, 1));
    AgingOptions options = AgingOptions.asOf(OpenItemData.AS_OF);

    @Setup
    public void generate() {
        UUID customer = new UUID(2, 2);
        LocalDate firstDue = OpenItemData.AS_OF.minusDays(invoices);
        itemsInDueOrder = new ArrayList<>(invoices);
        OpenItemIndex index = new OpenItemIndex();
        lines = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            InvoiceId id = new InvoiceId(new UUID(3, i));
            LocalDate due = firstDue.plusDays(i);
            MonetaryAmount amount = OpenItemData.euros(INVOICE_MINOR);
            itemsInDueOrder.add(OpenItem.principalOnly(id, 1, due, amount));
            index.put(
                    new OpenItemCandidate(
                            id,
                            OpenItemData.number(i),
                            new CounterpartyId(customer),
                            "Large Customer A.S.",
                            List.of(),
                            List.of(),
                            amount,
                            due,
                            Optional.empty()));
            lines.add(
                    BankLine.builder()
                            .accountId(ACCOUNT)
                            .bookingDate(OpenItemData.AS_OF)
                            .amount(amount)
                            .accountServicerReference("ASR" + i)
                            .remittanceText("Invoice " + OpenItemData.number(i))
                            .build());
        }
        payment = OpenItemData.euros(INVOICE_MINOR * invoices * 3 / 4);
        matcher = new BankLineMatcher(index, MatchSettings.defaults());
        compact =
                sink -> {
                    int first = (int) firstDue.toEpochDay();
                    int settled = invoices * 3 / 4;
                    for (int i = 0; i < invoices; i++) {
                        sink.accept(
                                customer,
                                StoredInvoices.CURRENCY,
                                Direction.RECEIVABLE,
                                first + i - 30,
                                first + i,
                                i < settled ? 0 : INVOICE_MINOR);
                    }
                };
        check();
    }

    private void check() {
        AllocationResult allocation = allocate();
        expect("settled invoices", invoices * 3 / 4, allocation.settlements().size());
        expect("unapplied", OpenItemData.euros(0), allocation.unapplied());
        MonetaryAmount outstanding = OpenItemData.euros(INVOICE_MINOR * invoices / 4);
        expect(
                "outstanding",
                outstanding,
                OpenItemData.euros(INVOICE_MINOR * invoices).subtract(allocation.applied()));
        expect("lines matched", invoices, reconcile().proposals().size());
        expect("aging total", outstanding, age().totals().get(0).total());
    }

    private static void expect(String what, Object expected, Object actual) {
        boolean equal =
                expected instanceof MonetaryAmount amount
                        ? amount.isEqualTo((MonetaryAmount) actual)
                        : expected.equals(actual);
        if (!equal) {
            throw new IllegalStateException(what + ": " + actual + "; expected " + expected);
        }
    }

    @Benchmark
    public AllocationResult allocate() {
        return allocator.allocate(payment, OpenItemData.AS_OF, itemsInDueOrder.iterator());
    }

    @Benchmark
    public MatchResult reconcile() {
        return matcher.match(lines);
    }

    @Benchmark
    public AgingReport age() {
        return Aging.ofCompact(companyId, compact, options);
    }
}
