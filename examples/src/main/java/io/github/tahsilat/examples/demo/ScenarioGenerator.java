package io.github.tahsilat.examples.demo;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.TurkeyCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.examples.demo.InstrumentEvent.Step;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentId;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.plan.PlanInstallment;
import io.github.tahsilat.plan.PlanInterest;
import io.github.tahsilat.plan.PlanSchedule;
import io.github.tahsilat.plan.PlanTerms;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.terms.DueSchedule.EarlyPaymentDiscount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import io.github.tahsilat.terms.PaymentTerms;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Generates a wholesale distributor in Istanbul with customers paying in TRY, EUR and USD, and two
 * years (by default) of invoices, payments, credit notes, disputes, promises to pay, payment plans,
 * post-dated cheques and promissory notes, and returned transfers.
 *
 * <p>The same seed, customer count and month count always give an equal scenario: every random
 * choice comes from one {@link SplittableRandom} drawn in a fixed order, ids are name-based UUIDs
 * and the dates start on {@link #FIRST_DAY}. Amounts are drawn as whole minor units, never as
 * floating-point numbers. Not thread-safe; {@link #generate} creates its own instance.
 */
public final class ScenarioGenerator {

    /** The first day of every scenario. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    /** The maximum number of customers. */
    public static final int MAX_CUSTOMERS = 10_000;

    /** The maximum number of months. */
    public static final int MAX_MONTHS = 36;

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");

    /** Payment terms with the share of invoices, in per mille, that carry them. */
    private static final List<String> TERMS =
            List.of(
                    "NET 30",
                    "NET 30 ROLL FOLLOWING",
                    "NET 60",
                    "NET 14",
                    "2/10 NET 30",
                    "1/15 NET 45",
                    "EOM+30",
                    "3X NET 30 MONTHLY",
                    "40% NET 30; 60% NET 60");

    private static final int[] TERMS_WEIGHTS = {250, 100, 150, 50, 150, 50, 100, 100, 50};

    /** The share, in per cent, of an instrument payer's instruments that are promissory notes. */
    private static final int NOTE_PERCENT = 20;

    /** The share, in per cent, of instruments that are not paid at maturity. */
    private static final int BOUNCE_PERCENT = 8;

    /** The share, in per cent, of instruments that the company endorses to its supplier. */
    private static final int ENDORSE_PERCENT = 20;

    /** The days before maturity that the company gives an instrument it keeps to its bank. */
    private static final int BANK_COLLECTION_DAYS = 5;

    /** The share, in per mille, of credit transfers that the payer's bank returns. */
    private static final int RETURN_PER_MILLE = 15;

    /** The fee, in kuruş, charged to a customer whose instrument bounced. */
    private static final long BOUNCE_FEE_KURUS = 500_00;

    /**
     * The share, in per cent, of a slow transfer payer's single-installment items that it leaves
     * unpaid until it agrees a payment plan.
     */
    private static final int ARREARS_PERCENT = 35;

    /** The share, in per cent, of payment plans whose customer pays every installment. */
    private static final int PLAN_KEPT_PERCENT = 60;

    /** The days after an installment's due date before a shortfall breaks a payment plan. */
    private static final int PLAN_GRACE_DAYS = 5;

    /** The interest that half of the TRY payment plans add: 30 % a year, actual/365. */
    private static final PlanInterest PLAN_INTEREST =
            new PlanInterest(new BigDecimal("30"), DayCount.ACTUAL_365_FIXED);

    private static final List<String> REGIONS =
            List.of(
                    "Anadolu",
                    "Ege",
                    "Marmara",
                    "Karadeniz",
                    "Trakya",
                    "Akdeniz",
                    "Boğaziçi",
                    "Kapadokya",
                    "Toros",
                    "Fırat",
                    "Dicle",
                    "Çukurova",
                    "Uludağ",
                    "Erciyes",
                    "Kaçkar",
                    "Munzur");
    private static final List<String> SECTORS =
            List.of(
                    "Gıda",
                    "Tekstil",
                    "Lojistik",
                    "İnşaat",
                    "Kimya",
                    "Makine",
                    "Otomotiv",
                    "Turizm",
                    "Tarım",
                    "Elektrik",
                    "Mobilya",
                    "Plastik",
                    "Ambalaj",
                    "Medikal",
                    "Enerji",
                    "Kağıt");
    private static final List<String> KINDS = List.of("Sanayi", "Ticaret", "Pazarlama", "Dağıtım");
    private static final List<String> FORMS = List.of("A.Ş.", "Ltd. Şti.");

    private final SplittableRandom random;
    private final long seed;
    private final BusinessCalendar calendar = TurkeyCalendar.create();
    private final InvoiceContext context =
            new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, calendar, ISTANBUL);
    private final TreeMap<LocalDate, DayPlan> plans = new TreeMap<>();
    private final List<Arrear> arrears = new ArrayList<>();
    private final LocalDate last;
    private CompanyId companyId;
    private int invoiceCount;
    private int creditCount;
    private long chequeNumber = 4_100_000;
    private long noteNumber = 0;
    private long transferNumber = 0;

    private ScenarioGenerator(long seed, int months) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.last = FIRST_DAY.plusMonths(months).minusDays(1);
        for (LocalDate day = FIRST_DAY; !day.isAfter(last); day = day.plusDays(1)) {
            plans.put(day, new DayPlan());
        }
    }

    /**
     * Generates a scenario.
     *
     * @param seed the seed of every random choice
     * @param customers the number of customers, from 1 to {@value #MAX_CUSTOMERS}
     * @param months the number of months from {@link #FIRST_DAY}, from 1 to {@value #MAX_MONTHS}
     * @throws IllegalArgumentException if {@code customers} or {@code months} is out of range
     */
    public static DemoScenario generate(long seed, int customers, int months) {
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException(
                    "invalid customer count: " + customers + "; expected 1 to " + MAX_CUSTOMERS);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException(
                    "invalid month count: " + months + "; expected 1 to " + MAX_MONTHS);
        }
        return new ScenarioGenerator(seed, months).scenario(customers);
    }

    private DemoScenario scenario(int customerCount) {
        Company company = company();
        companyId = company.id();
        List<DemoCustomer> customers = new ArrayList<>();
        for (int number = 0; number < customerCount; number++) {
            customers.add(customer(number));
        }
        for (LocalDate month = FIRST_DAY; !month.isAfter(last); month = month.plusMonths(1)) {
            invoicesOfMonth(customers, month);
        }
        // Drawn after every invoice, so that a plan can cover all the items a customer left unpaid.
        paymentPlans();
        List<DemoDay> days = new ArrayList<>();
        plans.forEach((date, plan) -> days.add(plan.toDay(date)));
        return new DemoScenario(
                seed, company, context, customers, supplier(), days, FIRST_DAY, last);
    }

    /** Builds the supplier that receives endorsed instruments. */
    private Counterparty supplier() {
        return Counterparty.builder()
                .id(new CounterpartyId(uuid("supplier")))
                .companyId(companyId)
                .kind(CounterpartyKind.SUPPLIER)
                .name("Marmara Ambalaj Sanayi A.Ş.")
                .addIban(turkishIban(64, 7_700_000_001L))
                .build();
    }

    private Company company() {
        CompanySettings settings = CompanySettings.of(TRY, ISTANBUL).withCalendar(calendar);
        return Company.builder()
                .id(new CompanyId(uuid("company")))
                .legalName("Boğaziçi Toptan Dağıtım A.Ş.")
                .settings(settings)
                .addBankAccount(new BankAccount(turkishIban(10, 1), "Demo Bankası", TRY))
                .addBankAccount(new BankAccount(turkishIban(10, 2), "Demo Bankası", EUR))
                .addBankAccount(new BankAccount(turkishIban(10, 3), "Demo Bankası", USD))
                .build();
    }

    private DemoCustomer customer(int number) {
        CurrencyUnit currency = List.of(TRY, EUR, USD).get(band(random.nextInt(100), 70, 90));
        PayerProfile profile = PayerProfile.values()[band(random.nextInt(100), 45, 75, 88)];
        boolean cheque = currency.equals(TRY) && random.nextInt(100) < 15;
        BuyerActivity activity = BuyerActivity.values()[band(random.nextInt(100), 3, 19)];
        long account = 1_000_000_000L + random.nextLong(8_000_000_000L);
        Iban iban;
        if (currency.equals(TRY)) {
            iban = turkishIban(12 + random.nextInt(80), account);
        } else if (currency.equals(EUR)) {
            iban = iban("DE", "37040044" + account);
        } else {
            iban = iban("GB", "NWBK601613" + String.valueOf(account).substring(2));
        }
        return new DemoCustomer(
                new CounterpartyId(uuid("customer-" + number)),
                name(number),
                iban,
                currency,
                profile,
                cheque,
                activity,
                "ar" + number + "@customer.example");
    }

    /** Returns a unique name: the first 2,048 combine four word lists, later ones add a branch. */
    private static String name(int number) {
        int combinations = REGIONS.size() * SECTORS.size() * KINDS.size() * FORMS.size();
        int index = (int) ((number * 1_237L) % combinations);
        String name =
                REGIONS.get(index % REGIONS.size())
                        + " "
                        + SECTORS.get(index / REGIONS.size() % SECTORS.size())
                        + " "
                        + KINDS.get(index / (REGIONS.size() * SECTORS.size()) % KINDS.size())
                        + " "
                        + FORMS.get(index / (REGIONS.size() * SECTORS.size() * KINDS.size()));
        int branch = number / combinations;
        return branch == 0 ? name : name + " Şube " + (branch + 1);
    }

    /** Draws each customer's invoices of the month, then numbers them in order of issue. */
    private void invoicesOfMonth(List<DemoCustomer> customers, LocalDate month) {
        record Issue(LocalDate date, DemoCustomer customer) {}
        List<Issue> issues = new ArrayList<>();
        for (DemoCustomer customer : customers) {
            int count = invoiceCount(customer.activity());
            for (int i = 0; i < count; i++) {
                LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                LocalDate issued = businessDayOnOrAfter(day);
                if (!issued.isAfter(last)) {
                    issues.add(new Issue(issued, customer));
                }
            }
        }
        issues.sort(java.util.Comparator.comparing(Issue::date)); // stable: customer order stays
        for (Issue issue : issues) {
            invoice(issue.customer(), issue.date());
        }
    }

    /**
     * Draws a customer's invoices in one month: on average 1.0 for a frequent buyer, 0.33 for a
     * regular one and 0.05 for an occasional one.
     */
    private int invoiceCount(BuyerActivity activity) {
        int draw = random.nextInt(1000);
        return switch (activity) {
            case FREQUENT -> band(draw, 200, 800);
            case REGULAR -> band(draw, 330) == 0 ? 1 : 0;
            case OCCASIONAL -> band(draw, 50) == 0 ? 1 : 0;
        };
    }

    /** Returns the index of the first upper bound that {@code draw} is below, else their count. */
    private static int band(int draw, int... upperBounds) {
        int index = 0;
        while (index < upperBounds.length && draw >= upperBounds[index]) {
            index++;
        }
        return index;
    }

    private void invoice(DemoCustomer customer, LocalDate issued) {
        invoiceCount++;
        String number = String.format(Locale.ROOT, "INV-%d-%06d", issued.getYear(), invoiceCount);
        PaymentTerms terms = PaymentTermsNotation.parse(TERMS.get(weighted(TERMS_WEIGHTS)));
        BigDecimal vatRate =
                customer.currency().equals(TRY) ? new BigDecimal("20") : BigDecimal.ZERO;
        Invoice invoice =
                Invoice.builder()
                        .id(new InvoiceId(uuid("invoice-" + number)))
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(issued)
                        .currency(customer.currency())
                        .terms(terms)
                        .line(
                                InvoiceLine.of(
                                        "Goods delivered",
                                        BigDecimal.ONE,
                                        netAmount(customer.currency()),
                                        vatRate))
                        .build(context);
        plan(issued).invoices.add(invoice);
        planSettlement(customer, invoice);
    }

    /** Draws a net amount in whole minor units: many small invoices, a few large ones. */
    private BigDecimal netAmount(CurrencyUnit currency) {
        int draw = random.nextInt(100);
        long whole =
                draw < 60
                        ? 1_000 + random.nextLong(19_000)
                        : draw < 90
                                ? 20_000 + random.nextLong(60_000)
                                : 80_000 + random.nextLong(170_000);
        long cents = random.nextLong(100);
        long minorUnits = currency.equals(TRY) ? whole * 100 + cents : whole * 5 + cents;
        return BigDecimal.valueOf(minorUnits, 2);
    }

    private void planSettlement(DemoCustomer customer, Invoice invoice) {
        List<Installment> installments = invoice.dueSchedule().installments();
        Installment first = installments.get(0);
        boolean single = installments.size() == 1;
        long credited = 0;
        LocalDate earliestPayment = invoice.issueDate().plusDays(1);
        if (single && first.discounts().isEmpty() && random.nextInt(100) < 4) {
            LocalDate creditDay = invoice.issueDate().plusDays(2 + random.nextInt(9));
            credited = credit(invoice, creditDay);
            earliestPayment = creditDay.plusDays(1);
        }
        if (single && random.nextInt(100) < 3) {
            LocalDate from = first.dueDate().plusDays(3 + random.nextInt(8));
            LocalDate until = from.plusDays(20 + random.nextInt(26));
            if (!from.isAfter(last)) {
                plan(from)
                        .disputes
                        .add(
                                new PlannedDispute(
                                        invoice.id(),
                                        new DunningBlock(
                                                "customer disputes the delivered quantity",
                                                from,
                                                until)));
            }
            long open = units(first.amount()) - credited;
            pay(customer, invoice, open, until.plusDays(random.nextInt(11)));
            return;
        }
        for (Installment installment : installments) {
            long open = units(installment.amount()) - (installment == first ? credited : 0);
            payInstallment(customer, invoice, installment, open, earliestPayment, single);
        }
    }

    private void payInstallment(
            DemoCustomer customer,
            Invoice invoice,
            Installment installment,
            long open,
            LocalDate earliest,
            boolean single) {
        LocalDate due = installment.dueDate();
        switch (customer.profile()) {
            case PROMPT -> {
                List<EarlyPaymentDiscount> discounts = installment.discounts();
                if (!discounts.isEmpty() && random.nextInt(100) < 60) {
                    EarlyPaymentDiscount discount = discounts.get(0);
                    LocalDate day = latestBusinessDayOnOrBefore(discount.lastDay());
                    day = day.minusDays(random.nextInt(3));
                    pay(
                            customer,
                            invoice,
                            open - units(discount.discount()),
                            notBefore(day, earliest));
                } else {
                    pay(
                            customer,
                            invoice,
                            open,
                            notBefore(due.plusDays(random.nextInt(9) - 5), earliest));
                }
            }
            case LATE -> pay(customer, invoice, open, due.plusDays(5 + random.nextInt(41)));
            case PARTIAL -> {
                long part = open * (40 + random.nextInt(31)) / 100;
                pay(customer, invoice, part, notBefore(due.plusDays(random.nextInt(21)), earliest));
                pay(customer, invoice, open - part, due.plusDays(20 + random.nextInt(41)));
            }
            case SLOW -> {
                int draw = random.nextInt(100);
                if (draw < 10) {
                    return; // never paid: it stays open and reaches the last dunning level
                }
                if (draw < 10 + ARREARS_PERCENT && single && !customer.paysByCheque()) {
                    arrears.add(new Arrear(customer, invoice, due, open));
                    return; // unpaid until the customer agrees a payment plan on it
                }
                LocalDate paid = due.plusDays(30 + random.nextInt(71));
                if (single && random.nextInt(100) < 50) {
                    promise(invoice, installment, open, due, paid);
                }
                pay(customer, invoice, open, paid);
            }
        }
    }

    /**
     * Groups each customer's unpaid items into payment plans. A plan is agreed 30 to 60 days after
     * the due date of the oldest item not yet in a plan, and covers every item overdue on that day.
     * Items due later wait for the customer's next plan.
     */
    private void paymentPlans() {
        Map<DemoCustomer, List<Arrear>> byCustomer = new LinkedHashMap<>();
        for (Arrear arrear : arrears) {
            byCustomer.computeIfAbsent(arrear.customer(), unused -> new ArrayList<>()).add(arrear);
        }
        for (List<Arrear> items : byCustomer.values()) {
            // The engine's order of a plan's items: by due date, then by invoice id.
            items.sort(
                    Comparator.comparing(Arrear::due)
                            .thenComparing(arrear -> arrear.invoice().id().value().toString()));
            int next = 0;
            while (next < items.size()) {
                LocalDate agreedOn =
                        businessDayOnOrAfter(
                                items.get(next).due().plusDays(30 + random.nextInt(31)));
                if (agreedOn.isAfter(last)) {
                    break;
                }
                List<Arrear> covered = new ArrayList<>();
                while (next < items.size() && items.get(next).due().isBefore(agreedOn)) {
                    covered.add(items.get(next++));
                }
                paymentPlan(covered, agreedOn);
            }
        }
    }

    /**
     * Generates a payment plan over {@code covered} and the customer's transfers for it: 3, 4 or 6
     * monthly installments, a down payment of a fifth in 40 % of the plans, and interest in half of
     * the TRY plans. The customer pays every installment by its due date plus the grace days, or
     * stops at one installment, which breaks the plan, and may pay the rest months later.
     */
    private void paymentPlan(List<Arrear> covered, LocalDate agreedOn) {
        DemoCustomer customer = covered.get(0).customer();
        CurrencyUnit currency = customer.currency();
        long owed = covered.stream().mapToLong(Arrear::open).sum();
        int count = List.of(3, 4, 6).get(random.nextInt(3));
        PlanTerms terms =
                PlanTerms.of(PaymentTermsNotation.parse(count + "X NET 30 MONTHLY"))
                        .withGraceDays(PLAN_GRACE_DAYS);
        if (random.nextInt(100) < 40 && owed >= 5) {
            terms = terms.withDownPayment(money(owed / 5, currency));
        }
        if (currency.equals(TRY) && random.nextInt(100) < 50) {
            terms = terms.withInterest(PLAN_INTEREST);
        }
        PlanSchedule schedule =
                PlanSchedule.compute(
                        terms, agreedOn, money(owed, currency), calendar, RoundingMode.HALF_UP);
        List<PlanInstallment> installments = schedule.installments();
        int paidInstallments = installments.size();
        OptionalInt missed = OptionalInt.empty();
        if (random.nextInt(100) >= PLAN_KEPT_PERCENT) {
            paidInstallments = 1 + random.nextInt(installments.size() - 1);
            missed = OptionalInt.of(installments.get(paidInstallments).number());
        }
        plan(agreedOn)
                .paymentPlans
                .add(
                        new PlannedPaymentPlan(
                                agreedOn,
                                customer.id(),
                                covered.stream().map(arrear -> arrear.invoice().id()).toList(),
                                terms,
                                schedule,
                                missed));

        PlanPayer payer = new PlanPayer(customer, covered, units(schedule.interest()));
        for (int i = 0; i < paidInstallments; i++) {
            PlanInstallment installment = installments.get(i);
            String label =
                    installment.isDownPayment()
                            ? "PESINAT "
                            : "TAKSIT " + installment.number() + "/" + count + " ";
            payer.pay(units(installment.amount()), installmentDay(installment, agreedOn), label);
        }
        if (missed.isEmpty()) {
            return;
        }
        PlanInstallment unpaid = installments.get(paidInstallments);
        if (random.nextInt(100) < 50) {
            LocalDate due = latestBusinessDayOnOrBefore(unpaid.dueDate());
            payer.pay(units(unpaid.amount()) / 2, due, "TAKSIT " + unpaid.number() + " KISMI ");
        }
        if (random.nextInt(100) < 50) {
            // After the plan broke and dunning resumed, the customer settles what is left.
            LocalDate day =
                    businessDayOnOrAfter(unpaid.dueDate().plusDays(40 + random.nextInt(61)));
            payer.pay(payer.remaining(), day, "");
        }
    }

    /**
     * Draws the day a customer pays an installment it keeps: up to 2 days before the due date, or
     * in one case in five after it but within the grace days. A down payment is paid on the plan
     * date.
     */
    private LocalDate installmentDay(PlanInstallment installment, LocalDate agreedOn) {
        LocalDate due = installment.dueDate();
        LocalDate day =
                random.nextInt(100) < 20
                        ? due.plusDays(1 + random.nextInt(PLAN_GRACE_DAYS))
                        : due.minusDays(random.nextInt(3));
        return notBefore(latestBusinessDayOnOrBefore(day), agreedOn);
    }

    /**
     * The transfers of one payment plan's customer. Each payment is split over the plan's items in
     * due order, one transfer per item naming its invoice number, so that the reconciliation books
     * each part on the item it names. The first item also takes the plan's interest, which the
     * engine books as a charge on it.
     */
    private final class PlanPayer {
        private final DemoCustomer customer;
        private final List<Arrear> items;
        private final long[] left;

        PlanPayer(DemoCustomer customer, List<Arrear> items, long interest) {
            this.customer = customer;
            this.items = items;
            this.left = items.stream().mapToLong(Arrear::open).toArray();
            left[0] += interest;
        }

        long remaining() {
            long sum = 0;
            for (long units : left) {
                sum += units;
            }
            return sum;
        }

        void pay(long minorUnits, LocalDate day, String label) {
            if (day.isAfter(last)) {
                return;
            }
            long rest = minorUnits;
            for (int i = 0; i < items.size() && rest > 0; i++) {
                long part = Math.min(rest, left[i]);
                if (part <= 0) {
                    continue;
                }
                Invoice invoice = items.get(i).invoice();
                MonetaryAmount amount = money(part, invoice.currency());
                String endToEndId = String.format(Locale.ROOT, "E2E-%08d", ++transferNumber);
                plan(day)
                        .entries
                        .add(
                                new PlannedEntry(
                                        day,
                                        customer,
                                        amount,
                                        label + "FATURA " + invoice.number(),
                                        PlannedEntry.EntryKind.TRANSFER,
                                        endToEndId));
                left[i] -= part;
                rest -= part;
            }
        }
    }

    /** Plans a promise some days after the due date; it is kept when the payment comes by then. */
    private void promise(
            Invoice invoice, Installment installment, long open, LocalDate due, LocalDate paid) {
        LocalDate promisedOn = due.plusDays(12 + random.nextInt(7));
        LocalDate payBy =
                random.nextInt(100) < 60 ? paid.plusDays(random.nextInt(3)) : paid.minusDays(10);
        if (payBy.isBefore(promisedOn) || promisedOn.isAfter(last)) {
            return;
        }
        plan(promisedOn)
                .promises
                .add(new PlannedPromise(promisedOn, invoice.id(), payBy, money(open, installment)));
    }

    private long credit(Invoice invoice, LocalDate day) {
        creditCount++;
        InvoiceLine sold = invoice.lines().get(0);
        BigDecimal returnedShare = BigDecimal.valueOf(5 + random.nextInt(26), 2);
        BigDecimal net = sold.unitPrice().multiply(returnedShare).setScale(2, RoundingMode.HALF_UP);
        String number = String.format(Locale.ROOT, "CN-%d-%05d", day.getYear(), creditCount);
        CreditDocument credit =
                CreditDocument.builder()
                        .id(new CreditDocumentId(uuid("credit-" + number)))
                        .kind(CreditDocumentKind.CREDIT_NOTE)
                        .number(number)
                        .companyId(companyId)
                        .counterpartyId(invoice.counterpartyId())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(day)
                        .reference(new InvoiceReference(invoice.id(), invoice.number()))
                        .currency(invoice.currency())
                        .line(InvoiceLine.of("Goods returned", BigDecimal.ONE, net, sold.vatRate()))
                        .build(context);
        if (!day.isAfter(last)) {
            plan(day).credits.add(new PlannedCredit(credit, invoice.id()));
            return units(credit.amount());
        }
        return 0;
    }

    private void pay(DemoCustomer customer, Invoice invoice, long minorUnits, LocalDate day) {
        LocalDate valueDate = businessDayOnOrAfter(day);
        if (minorUnits <= 0 || valueDate.isAfter(last)) {
            return;
        }
        if (customer.paysByCheque()) {
            instrument(customer, invoice, minorUnits, valueDate);
            return;
        }
        long amount = minorUnits;
        if (random.nextInt(100) < 3) {
            amount = (minorUnits / 10_000 + 1) * 10_000; // rounded up to whole hundreds: overpaid
        }
        transfer(customer, invoice, amount, valueDate, remittance(customer, invoice));
    }

    /**
     * Plans a credit transfer. A few come back a few days later, and the customer then sends the
     * money again.
     */
    private void transfer(
            DemoCustomer customer,
            Invoice invoice,
            long minorUnits,
            LocalDate valueDate,
            String remittance) {
        MonetaryAmount amount = Money.of(BigDecimal.valueOf(minorUnits, 2), invoice.currency());
        String endToEndId = String.format(Locale.ROOT, "E2E-%08d", ++transferNumber);
        plan(valueDate)
                .entries
                .add(
                        new PlannedEntry(
                                valueDate,
                                customer,
                                amount,
                                remittance,
                                PlannedEntry.EntryKind.TRANSFER,
                                endToEndId));
        if (random.nextInt(1000) >= RETURN_PER_MILLE) {
            return;
        }
        LocalDate returnedOn = businessDayOnOrAfter(valueDate.plusDays(2 + random.nextInt(4)));
        if (returnedOn.isAfter(last)) {
            return;
        }
        plan(returnedOn)
                .entries
                .add(
                        new PlannedEntry(
                                returnedOn,
                                customer,
                                amount,
                                "IADE " + remittance,
                                PlannedEntry.EntryKind.RETURN,
                                endToEndId));
        LocalDate sentAgain = businessDayOnOrAfter(returnedOn.plusDays(3 + random.nextInt(10)));
        if (!sentAgain.isAfter(last)) {
            transfer(customer, invoice, minorUnits, sentAgain, remittance);
        }
    }

    /**
     * Plans a post-dated cheque or a promissory note that falls due on {@code maturity}, handed
     * over 10 to 40 days before, but not before the invoice and its credit note. Most clear, and
     * some are endorsed to the supplier on the way. Some bounce, and the customer then pays the
     * amount and the fee by transfer.
     */
    private void instrument(
            DemoCustomer customer, Invoice invoice, long minorUnits, LocalDate maturity) {
        boolean note = random.nextInt(100) < NOTE_PERCENT;
        String serial =
                note
                        ? String.format(Locale.ROOT, "SNT-%06d", ++noteNumber)
                        : Long.toString(++chequeNumber);
        LocalDate receivedOn =
                notBefore(
                        maturity.minusDays(10 + random.nextInt(31)),
                        invoice.issueDate().plusDays(12));
        if (receivedOn.isAfter(maturity)) {
            receivedOn = maturity;
        }
        MonetaryAmount amount = Money.of(BigDecimal.valueOf(minorUnits, 2), invoice.currency());
        InstrumentRequest request =
                new InstrumentRequest(
                        new InstrumentId(uuid("instrument-" + serial)),
                        companyId,
                        customer.id(),
                        note ? InstrumentKind.PROMISSORY_NOTE : InstrumentKind.CHEQUE,
                        serial,
                        note ? customer.name() : customer.name() + ", Demo Bankası",
                        receivedOn,
                        maturity,
                        amount);
        MonetaryAmount noFee = Money.zero(invoice.currency());
        plan(receivedOn)
                .instruments
                .add(new InstrumentEvent(Step.RECEIVE, request, invoice.id(), noFee));
        boolean bounces = random.nextInt(100) < BOUNCE_PERCENT;
        boolean endorsed = random.nextInt(100) < ENDORSE_PERCENT;
        long daysHeld = receivedOn.until(maturity, java.time.temporal.ChronoUnit.DAYS);
        if (endorsed && daysHeld >= 2) {
            LocalDate endorsedOn = receivedOn.plusDays(1 + random.nextInt((int) daysHeld - 1));
            plan(endorsedOn)
                    .instruments
                    .add(new InstrumentEvent(Step.ENDORSE, request, invoice.id(), noFee));
        } else {
            endorsed = false;
        }
        LocalDate handedOn = maturity.minusDays(BANK_COLLECTION_DAYS);
        if (!endorsed && handedOn.isAfter(receivedOn)) {
            plan(handedOn)
                    .instruments
                    .add(new InstrumentEvent(Step.HAND_TO_BANK, request, invoice.id(), noFee));
        }
        if (bounces) {
            MonetaryAmount fee =
                    Money.of(BigDecimal.valueOf(BOUNCE_FEE_KURUS, 2), invoice.currency());
            plan(maturity)
                    .instruments
                    .add(new InstrumentEvent(Step.BOUNCE, request, invoice.id(), fee));
            LocalDate paidOn = businessDayOnOrAfter(maturity.plusDays(10 + random.nextInt(21)));
            if (!paidOn.isAfter(last)) {
                transfer(
                        customer,
                        invoice,
                        minorUnits + BOUNCE_FEE_KURUS,
                        paidOn,
                        "FATURA " + invoice.number() + " KARSILIKSIZ " + serial);
            }
        } else if (endorsed) {
            plan(maturity)
                    .instruments
                    .add(new InstrumentEvent(Step.CLEAR_ENDORSED, request, invoice.id(), noFee));
        } else {
            plan(maturity)
                    .entries
                    .add(
                            new PlannedEntry(
                                    maturity,
                                    customer,
                                    amount,
                                    (note ? "SENET TAHSILAT " : "CEK TAHSILAT ") + serial,
                                    note
                                            ? PlannedEntry.EntryKind.NOTE_COLLECTION
                                            : PlannedEntry.EntryKind.CHEQUE_COLLECTION,
                                    null));
        }
    }

    /** Writes the remittance text most payers give; some quote the number loosely, a few not. */
    private String remittance(DemoCustomer customer, Invoice invoice) {
        int draw = random.nextInt(100);
        String reference =
                draw < 85
                        ? invoice.number()
                        : draw < 95
                                ? invoice.number().toLowerCase(Locale.ROOT).replace("-", " ")
                                : "";
        return reference.isEmpty() ? "ODEME " + customer.name() : "FATURA " + reference;
    }

    private DayPlan plan(LocalDate date) {
        return plans.computeIfAbsent(date, unused -> new DayPlan());
    }

    private int weighted(int[] weights) {
        int draw = random.nextInt(1000);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private LocalDate businessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private LocalDate latestBusinessDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!calendar.isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static LocalDate notBefore(LocalDate date, LocalDate earliest) {
        return date.isBefore(earliest) ? earliest : date;
    }

    private static long units(MonetaryAmount amount) {
        return amount.getNumber()
                .numberValue(BigDecimal.class)
                .movePointRight(amount.getCurrency().getDefaultFractionDigits())
                .longValueExact();
    }

    private static MonetaryAmount money(long minorUnits, Installment installment) {
        return money(minorUnits, installment.amount().getCurrency());
    }

    private static MonetaryAmount money(long minorUnits, CurrencyUnit currency) {
        return Money.of(
                BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * An item that a slow payer leaves unpaid until it agrees a payment plan.
     *
     * @param customer the customer
     * @param invoice the invoice, with one installment
     * @param due the installment's due date
     * @param open what the item owes, in minor units, after any credit note
     */
    private record Arrear(DemoCustomer customer, Invoice invoice, LocalDate due, long open) {}

    private UUID uuid(String name) {
        return UUID.nameUUIDFromBytes((seed + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Iban turkishIban(int bank, long account) {
        return iban("TR", String.format(Locale.ROOT, "%05d0%016d", bank, account));
    }

    /** Builds an IBAN with its ISO 13616 check digits: 98 minus the MOD 97-10 remainder. */
    static Iban iban(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return Iban.parse(country + String.format(Locale.ROOT, "%02d", check) + bban);
    }

    /** The events of one day while they are generated. */
    private static final class DayPlan {
        final List<Invoice> invoices = new ArrayList<>();
        final List<PlannedCredit> credits = new ArrayList<>();
        final List<PlannedDispute> disputes = new ArrayList<>();
        final List<PlannedPromise> promises = new ArrayList<>();
        final List<InstrumentEvent> instruments = new ArrayList<>();
        final List<PlannedPaymentPlan> paymentPlans = new ArrayList<>();
        final List<PlannedEntry> entries = new ArrayList<>();

        DemoDay toDay(LocalDate date) {
            return new DemoDay(
                    date,
                    invoices,
                    credits,
                    disputes,
                    promises,
                    instruments,
                    paymentPlans,
                    entries);
        }
    }
}
