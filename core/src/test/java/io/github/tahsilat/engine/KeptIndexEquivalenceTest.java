package io.github.tahsilat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentId;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every import through an engine with the kept match index gives the result of an engine without it
 * over an identical store. Imports interleave with payments, cancellations, credit notes, disputes,
 * renames and companies registered after the engine was built, over several currencies and with
 * numbers and names at the length limits.
 */
class KeptIndexEquivalenceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 21);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-10-21T09:00:00Z"), ZoneOffset.UTC);
    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final List<String> CURRENCIES = List.of("TRY", "TRY", "EUR", "USD");
    private static final InvoiceContext INVOICE_CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_LINE,
                    HolidayCalendar.weekendsOnly(),
                    ZoneOffset.UTC);

    /** One store and the engines over it, driven by the same operations as its twin. */
    private static final class World {
        final Stores stores = InMemoryStores.create();
        final Tahsilat writer;
        private final boolean kept;
        private Tahsilat importer;

        /**
         * Builds the world's engines. With {@code secondEngine}, a plain engine writes and the
         * importing engine is built at the first import, over the data written until then.
         */
        World(boolean kept, boolean secondEngine) {
            this.kept = kept;
            if (secondEngine) {
                writer = Tahsilat.builder().stores(stores).clock(CLOCK).build();
            } else {
                importer = build();
                writer = importer;
            }
        }

        Tahsilat importer() {
            if (importer == null) {
                importer = build();
            }
            return importer;
        }

        private Tahsilat build() {
            Tahsilat.Builder builder = Tahsilat.builder().stores(stores).clock(CLOCK);
            return (kept ? builder.keepMatchIndex() : builder).build();
        }
    }

    private record Party(CompanyId company, CounterpartyId id, String name) {}

    private record Item(
            CompanyId company,
            CounterpartyId counterparty,
            InvoiceId id,
            String number,
            String currency,
            int lira) {}

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void keptImportsEqualPlainImports(long seed) {
        run(seed, false);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void lateKeptEngineBesidePlainWriter(long seed) {
        run(seed, true);
    }

    private void run(long seed, boolean secondEngine) {
        World kept = new World(true, secondEngine);
        World plain = new World(false, false);
        Random random = new Random(seed);
        List<CompanyId> companies = new ArrayList<>();
        List<Party> parties = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        int statements = 0;
        for (int step = 0; step < 400; step++) {
            int choice = companies.isEmpty() ? 0 : random.nextInt(100);
            if (choice < 2 || companies.isEmpty()) {
                CompanyId company = new CompanyId(new UUID(seed, companies.size() + 1));
                companies.add(company);
                bothSucceed(
                        kept, plain, world -> world.writer.companies().register(company(company)));
            } else if (choice < 12 || parties.isEmpty()) {
                CompanyId company = companies.get(random.nextInt(companies.size()));
                Party party =
                        new Party(
                                company,
                                new CounterpartyId(new UUID(seed + 1000, parties.size() + 1)),
                                name(random));
                parties.add(party);
                bothSucceed(
                        kept, plain, world -> world.writer.counterparties().register(party(party)));
            } else if (choice < 45) {
                Party party = parties.get(random.nextInt(parties.size()));
                Item item =
                        new Item(
                                party.company(),
                                party.id(),
                                new InvoiceId(new UUID(seed + 2000, items.size() + 1)),
                                number(random, items.size()),
                                CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                                50 + random.nextInt(20) * 25);
                items.add(item);
                bothSucceed(kept, plain, world -> issue(world.writer, item));
            } else if (choice < 55 && !items.isEmpty()) {
                Item item = items.get(random.nextInt(items.size()));
                int lira = 1 + random.nextInt(item.lira());
                both(kept, plain, world -> pay(world.writer, item, lira));
            } else if (choice < 60 && !items.isEmpty()) {
                Item item = items.get(random.nextInt(items.size()));
                both(
                        kept,
                        plain,
                        world -> world.writer.invoices().cancel(item.company(), item.id()));
            } else if (choice < 65 && !items.isEmpty()) {
                Item item = items.get(random.nextInt(items.size()));
                int lira = 1 + random.nextInt(item.lira());
                CreditDocumentId noteId = new CreditDocumentId(new UUID(seed + 3000, step));
                both(kept, plain, world -> creditNote(world.writer, item, noteId, lira));
            } else if (choice < 68 && !items.isEmpty()) {
                Item item = items.get(random.nextInt(items.size()));
                boolean open = random.nextBoolean();
                both(
                        kept,
                        plain,
                        world -> {
                            if (open) {
                                world.writer.invoices().openDispute(item.company(), item.id(), "x");
                            } else {
                                world.writer.invoices().resolveDispute(item.company(), item.id());
                            }
                        });
            } else if (choice < 75) {
                int at = random.nextInt(parties.size());
                Party renamed =
                        new Party(parties.get(at).company(), parties.get(at).id(), name(random));
                parties.set(at, renamed);
                both(kept, plain, world -> rename(world.writer, renamed));
            } else if (!items.isEmpty()) {
                CompanyId company = companies.get(random.nextInt(companies.size()));
                List<BankLine> lines = lines(random, company, items, parties, statements);
                if (lines.isEmpty()) {
                    continue;
                }
                StatementImport statement =
                        new StatementImport(company, "STMT-" + statements, lines);
                statements++;
                assertThat(kept.importer().keepsMatchIndex()).isTrue();
                Object keptResult = importOrError(kept.importer(), statement);
                Object plainResult = importOrError(plain.importer(), statement);
                assertThat(keptResult)
                        .as("seed %d, step %d, statement %s", seed, step, lines)
                        .isEqualTo(plainResult);
            }
        }
        assertThat(statements).isGreaterThan(10);
    }

    private interface Operation {
        void apply(World world);
    }

    /** Applies the operation to both worlds and checks that it fails in both or in neither. */
    private static void both(World kept, World plain, Operation operation) {
        String keptError = errorOf(kept, operation);
        String plainError = errorOf(plain, operation);
        assertThat(keptError).isEqualTo(plainError);
    }

    /** Applies an operation that must succeed to both worlds. */
    private static void bothSucceed(World kept, World plain, Operation operation) {
        operation.apply(kept);
        operation.apply(plain);
    }

    private static String errorOf(World world, Operation operation) {
        try {
            operation.apply(world);
            return "";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static Object importOrError(Tahsilat engine, StatementImport statement) {
        try {
            return summary(engine.reconciliation().importStatement(statement));
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** Returns the parts of the result, leaving out the booked lines' random payment ids. */
    static List<Object> summary(ReconciliationResult result) {
        List<Object> booked = new ArrayList<>();
        result.booked()
                .forEach(
                        line ->
                                booked.add(
                                        List.of(
                                                line.key(),
                                                line.line(),
                                                line.kind(),
                                                line.reason())));
        return List.of(
                booked,
                result.suggested(),
                result.unmatched(),
                result.alreadyBooked(),
                result.charges());
    }

    private static List<BankLine> lines(
            Random random,
            CompanyId company,
            List<Item> items,
            List<Party> parties,
            int statement) {
        List<Item> ofCompany = items.stream().filter(i -> i.company().equals(company)).toList();
        if (ofCompany.isEmpty()) {
            return List.of();
        }
        List<BankLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            Item item = ofCompany.get(random.nextInt(ofCompany.size()));
            String payer =
                    parties.stream()
                            .filter(p -> p.id().equals(item.counterparty()))
                            .map(Party::name)
                            .findFirst()
                            .orElseThrow();
            int kind = Math.max(0, random.nextInt(7) - 3);
            int lira = kind == 3 ? 1 + random.nextInt(item.lira()) : item.lira();
            BankLine.Builder line =
                    BankLine.builder()
                            .accountId(ACCOUNT)
                            .bookingDate(TODAY)
                            .amount(amount(lira, item.currency()))
                            .accountServicerReference("ASR-" + statement + "-" + i)
                            .remittanceText(kind == 0 ? item.number() : "Payment " + i);
            if (random.nextInt(4) == 0) {
                line.counterpartyIban(iban(item.counterparty()));
            }
            if (kind != 2 || random.nextBoolean()) {
                line.counterpartyName(
                        payer.length() > 70 && random.nextBoolean()
                                ? payer.substring(0, 70)
                                : payer);
            }
            lines.add(line.build());
        }
        return lines;
    }

    private static String name(Random random) {
        String[] names = {
            "Acme Ticaret A.Ş.",
            "Beta Gıda Ltd. Şti.",
            "Öz-Ünlü İnşaat",
            "Delta Yapı",
            "ΩΜΕΓΑ",
            "北京贸易",
            "Acme Ticaret A.Ş."
        };
        int pick = random.nextInt(names.length + 2);
        if (pick == names.length) {
            return "Uzun Ad " + "X".repeat(Counterparty.MAX_NAME_LENGTH - 8);
        }
        if (pick == names.length + 1) {
            return "Uzun Ad " + "Y".repeat(62 + random.nextInt(3));
        }
        return names[pick];
    }

    private static String number(Random random, int serial) {
        int pick = random.nextInt(40);
        String base = "INV-" + serial;
        if (pick == 0) {
            return base + "-" + "9".repeat(200 - base.length() - 1);
        }
        if (pick == 1) {
            return base + "-" + "8".repeat(201 - base.length() - 1);
        }
        return base;
    }

    private static void issue(Tahsilat engine, Item item) {
        Invoice invoice =
                Invoice.builder()
                        .id(item.id())
                        .companyId(item.company())
                        .counterpartyId(item.counterparty())
                        .number(item.number())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .currency(item.currency())
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Goods",
                                        BigDecimal.ONE,
                                        BigDecimal.valueOf(item.lira()),
                                        BigDecimal.ZERO))
                        .build(INVOICE_CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private static void pay(Tahsilat engine, Item item, int lira) {
        Payment payment =
                Payment.builder()
                        .companyId(item.company())
                        .counterpartyId(item.counterparty())
                        .valueDate(TODAY)
                        .amount(amount(lira, item.currency()))
                        .actor("clerk-7")
                        .build();
        engine.payments()
                .record(
                        payment,
                        List.of(io.github.tahsilat.allocation.Designation.of(item.id())),
                        AllocationPolicy.defaults());
    }

    private static void creditNote(Tahsilat engine, Item item, CreditDocumentId id, int lira) {
        CreditDocument note =
                CreditDocument.builder()
                        .id(id)
                        .kind(CreditDocumentKind.CREDIT_NOTE)
                        .number("CN-" + id.value().getLeastSignificantBits())
                        .companyId(item.company())
                        .counterpartyId(item.counterparty())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .reference(InvoiceReference.to(item.id()))
                        .currency(item.currency())
                        .line(
                                InvoiceLine.of(
                                        "Return",
                                        BigDecimal.ONE,
                                        BigDecimal.valueOf(lira),
                                        BigDecimal.ZERO))
                        .build(INVOICE_CONTEXT);
        engine.creditDocuments().record(note, Optional.empty());
        engine.creditDocuments().apply(item.company(), id, item.id());
    }

    private static void rename(Tahsilat engine, Party party) {
        long version =
                engine.counterparties().find(party.company(), party.id()).orElseThrow().version();
        Counterparty current =
                engine.counterparties()
                        .find(party.company(), party.id())
                        .orElseThrow()
                        .counterparty();
        engine.counterparties().update(current.toBuilder().name(party.name()).build(), version);
    }

    private static Counterparty party(Party party) {
        return Counterparty.builder()
                .id(party.id())
                .companyId(party.company())
                .kind(CounterpartyKind.CUSTOMER)
                .name(party.name())
                .addIban(iban(party.id()))
                .build();
    }

    /** Returns a valid Turkish IBAN made from the counterparty id's serial number. */
    private static Iban iban(CounterpartyId counterparty) {
        String bban =
                "000610" + String.format("%016d", counterparty.value().getLeastSignificantBits());
        // ISO 13616: the check digits make the rearranged number, with T=29 and R=27, 1 mod 97.
        BigInteger rearranged = new BigInteger(bban + "292700");
        int check = 98 - rearranged.mod(BigInteger.valueOf(97)).intValue();
        return new Iban("TR" + String.format("%02d", check) + bban);
    }

    private static Company company(CompanyId companyId) {
        return Company.builder()
                .id(companyId)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(CompanySettings.of(Monetary.getCurrency("TRY"), ZoneOffset.UTC))
                .vkn(new Vkn("4540536920"))
                .addBankAccount(
                        new BankAccount(
                                new Iban(ACCOUNT), "Ziraat Bankası", Monetary.getCurrency("TRY")))
                .build();
    }

    private static MonetaryAmount amount(int units, String currency) {
        return Money.of(BigDecimal.valueOf(units).setScale(2, RoundingMode.UNNECESSARY), currency);
    }
}
