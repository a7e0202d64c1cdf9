package io.github.tahsilat.examples.demo;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.invoice.InvoiceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A generated company and everything that happens to its receivables, day by day.
 *
 * @param seed the seed it was generated from
 * @param company the company, with one bank account per currency
 * @param context the rounding, calendar and zone its invoices are built with
 * @param customers the customers, in generation order
 * @param supplier the supplier that the company endorses instruments to
 * @param days one entry per calendar day from {@code first} to {@code last}, both included
 * @param first the first day
 * @param last the last day
 */
record DemoScenario(
        long seed,
        Company company,
        InvoiceContext context,
        List<DemoCustomer> customers,
        io.github.tahsilat.counterparty.Counterparty supplier,
        List<DemoDay> days,
        LocalDate first,
        LocalDate last) {

    /** Copies the lists. */
    DemoScenario {
        customers = List.copyOf(customers);
        days = List.copyOf(days);
    }

    /** Returns the customers by counterparty id. */
    Map<io.github.tahsilat.counterparty.CounterpartyId, DemoCustomer> customersById() {
        Map<io.github.tahsilat.counterparty.CounterpartyId, DemoCustomer> byId =
                new java.util.HashMap<>();
        customers.forEach(customer -> byId.put(customer.id(), customer));
        return byId;
    }
}
