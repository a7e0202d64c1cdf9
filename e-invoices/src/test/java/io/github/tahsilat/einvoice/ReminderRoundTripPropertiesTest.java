package io.github.tahsilat.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/**
 * A Reminder written for any notice validates against the UBL 2.1 schema and reads back with the
 * same lines and amounts: currencies with 0, 2 and 3 decimals, names and invoice numbers with XML
 * markup characters and Turkish letters.
 */
class ReminderRoundTripPropertiesTest {

    /** A notice with the company and counterparty it belongs to. */
    record Case(Company company, Counterparty counterparty, Notice notice) {}

    /** An amount element: its currency and its text. */
    private static final Pattern AMOUNT = Pattern.compile("currencyID=\"([A-Z]{3})\">([^<]*)<");

    /** Letters, digits, Turkish letters, XML markup characters and a few separators. */
    private static final String CHARACTERS = "abcxyzABCXYZ0129çğıöşüÇĞİÖŞÜ&<>\"'/-.# ";

    @Property(tries = 100)
    void writtenReminderValidates(@ForAll("cases") Case example) {
        byte[] xml =
                ReminderWriter.create()
                        .write(example.notice, example.company, example.counterparty);

        assertThatCode(() -> UblSchemas.validateReminder(xml)).doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void linesAndAmountsSurviveRoundTrip(@ForAll("cases") Case example) {
        Notice notice = example.notice;
        byte[] xml = ReminderWriter.create().write(notice, example.company, example.counterparty);

        Reminder reminder = ReminderReader.create().read(xml);

        assertThat(reminder.currency()).isEqualTo(notice.currency());
        assertThat(reminder.sequenceNumber()).isEqualTo(notice.level());
        assertThat(reminder.issueDate()).isEqualTo(notice.asOf());
        assertThat(reminder.payBy()).contains(notice.payBy());
        assertThat(reminder.paymentReference()).contains(notice.instructions().paymentReference());
        assertThat(reminder.supplier().registrationName()).isEqualTo(example.company.legalName());
        assertThat(reminder.customer().name()).isEqualTo(example.counterparty.name());
        assertThat(reminder.customer().taxIdentifier())
                .isEqualTo(example.counterparty.taxIdentifier());
        assertThat(reminder.payableAmount()).isEqualTo(notice.total());

        List<ReminderLine> expected = expectedLines(notice);
        assertThat(reminder.lines()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ReminderLine read = reminder.lines().get(i);
            ReminderLine want = expected.get(i);
            assertThat(read.id()).isEqualTo(want.id());
            assertThat(read.kind()).isEqualTo(want.kind());
            assertThat(read.invoiceNumber()).isEqualTo(want.invoiceNumber());
            assertThat(read.startDate()).isEqualTo(want.startDate());
            assertThat(read.endDate()).isEqualTo(want.endDate());
            assertThat(read.amount()).isEqualTo(want.amount());
        }
        assertThat(reminder.linesTotal()).isEqualTo(notice.total());
    }

    @Property(tries = 100)
    void amountsPrintedWithMinorUnitDecimals(@ForAll("cases") Case example) {
        Notice notice = example.notice;
        String xml =
                new String(
                        ReminderWriter.create()
                                .write(notice, example.company, example.counterparty),
                        StandardCharsets.UTF_8);
        int digits = notice.currency().getDefaultFractionDigits();
        Pattern plain = Pattern.compile(digits == 0 ? "[0-9]+" : "[0-9]+\\.[0-9]{" + digits + "}");

        Matcher amounts = AMOUNT.matcher(xml);
        int count = 0;
        while (amounts.find()) {
            count++;
            assertThat(amounts.group(1)).isEqualTo(notice.currency().getCurrencyCode());
            assertThat(amounts.group(2)).matches(plain);
        }
        int lines = notice.lines().size() + notice.fees().size() + notice.interest().size();
        assertThat(count).isEqualTo(lines + 1);
    }

    /** Returns the lines the writer promises for {@code notice}: items, fees, interest. */
    private static List<ReminderLine> expectedLines(Notice notice) {
        List<ReminderLine> lines = new ArrayList<>();
        for (NoticeLine item : notice.lines()) {
            lines.add(
                    new ReminderLine(
                            Integer.toString(lines.size() + 1),
                            ReminderLineKind.ITEM,
                            item.invoiceNumber(),
                            item.dueDate(),
                            null,
                            item.outstanding()));
        }
        for (FeeLine fee : notice.fees()) {
            lines.add(
                    new ReminderLine(
                            Integer.toString(lines.size() + 1),
                            ReminderLineKind.FEE,
                            fee.invoiceNumber().orElse(null),
                            null,
                            null,
                            fee.amount()));
        }
        for (InterestLine interest : notice.interest()) {
            lines.add(
                    new ReminderLine(
                            Integer.toString(lines.size() + 1),
                            ReminderLineKind.INTEREST,
                            interest.invoiceNumber(),
                            interest.from(),
                            interest.to(),
                            interest.amount()));
        }
        return lines;
    }

    // ---- Generators -------------------------------------------------------------------------

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of("JPY", "CLP", "TRY", "EUR", "KWD", "BHD", "TND")
                .map(Monetary::getCurrency)
                .flatMap(this::cases);
    }

    private Arbitrary<Case> cases(CurrencyUnit currency) {
        Arbitrary<List<String>> invoiceNumbers =
                text(20).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
        Arbitrary<Company> companies =
                Combinators.combine(text(60), Arbitraries.integers().between(0, 2))
                        .as((name, accounts) -> company(name, accounts, currency));
        Arbitrary<Counterparty> counterparties =
                Combinators.combine(text(60), taxIds()).as(Notices::counterparty);
        return Combinators.combine(
                        companies,
                        counterparties,
                        Arbitraries.integers().between(1, 9),
                        invoiceNumbers.flatMap(numbers -> parts(numbers, currency)))
                .as(
                        (company, counterparty, level, parts) ->
                                new Case(
                                        company,
                                        counterparty,
                                        Notices.notice(
                                                company,
                                                currency,
                                                level,
                                                parts.lines,
                                                parts.fees,
                                                parts.interest)));
    }

    /** The lines, fees and interest of one notice. */
    record Parts(List<NoticeLine> lines, List<FeeLine> fees, List<InterestLine> interest) {}

    private Arbitrary<Parts> parts(List<String> invoiceNumbers, CurrencyUnit currency) {
        Arbitrary<String> referenced = Arbitraries.of(invoiceNumbers);
        Arbitrary<List<NoticeLine>> lines =
                Combinators.combine(
                                Arbitraries.integers()
                                        .between(0, 400)
                                        .list()
                                        .ofSize(invoiceNumbers.size()),
                                amount(currency, 1).list().ofSize(invoiceNumbers.size()))
                        .as(
                                (days, amounts) -> {
                                    List<NoticeLine> items = new ArrayList<>();
                                    for (int i = 0; i < invoiceNumbers.size(); i++) {
                                        items.add(
                                                new NoticeLine(
                                                        invoiceNumbers.get(i),
                                                        Notices.AS_OF.minusDays(days.get(i)),
                                                        days.get(i),
                                                        amounts.get(i)));
                                    }
                                    return items;
                                });
        Arbitrary<FeeLine> fees =
                Combinators.combine(
                                Arbitraries.integers().between(1, 9),
                                referenced.optional(),
                                amount(currency, 0))
                        .as(
                                (level, invoice, amount) ->
                                        new FeeLine(
                                                level,
                                                invoice.isPresent()
                                                        ? FeeBasis.PER_ITEM
                                                        : FeeBasis.PER_NOTICE,
                                                invoice,
                                                amount));
        Arbitrary<InterestLine> interest =
                Combinators.combine(
                                referenced,
                                Arbitraries.integers().between(1, 400),
                                Arbitraries.integers().between(0, 400),
                                amount(currency, 0))
                        .as(
                                (invoice, from, days, amount) -> {
                                    LocalDate start = Notices.AS_OF.minusDays(from);
                                    return new InterestLine(
                                            invoice, start, start.plusDays(days), amount);
                                });
        return Combinators.combine(lines, fees.list().ofMaxSize(3), interest.list().ofMaxSize(3))
                .as(Parts::new);
    }

    /** Returns amounts from {@code minimum} minor units up to ten million major units. */
    private static Arbitrary<MonetaryAmount> amount(CurrencyUnit currency, long minimum) {
        int digits = currency.getDefaultFractionDigits();
        long maximum = BigDecimal.TEN.pow(7 + digits).longValueExact();
        return Arbitraries.longs()
                .between(minimum, maximum)
                .map(units -> Money.of(BigDecimal.valueOf(units, digits), currency));
    }

    /** Returns text that is not blank and has no leading or trailing whitespace. */
    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withChars(CHARACTERS)
                .ofMinLength(1)
                .ofMaxLength(maxLength)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    private static Arbitrary<TaxIdentifier> taxIds() {
        return Arbitraries.of(
                        Optional.<TaxIdentifier>empty(),
                        Optional.of(new Vkn("1234567890")),
                        Optional.of(new Tckn("10000000146")),
                        Optional.of(new ForeignTaxId("DE", "123456789")))
                .map(id -> id.orElse(null));
    }

    private static Company company(String name, int accounts, CurrencyUnit currency) {
        List<BankAccount> list = new ArrayList<>();
        if (accounts > 0) {
            list.add(new BankAccount(Notices.TR_IBAN, "Banka & <Şube>", currency));
        }
        if (accounts > 1) {
            list.add(new BankAccount(Notices.DE_IBAN, "Bank \"Ost\"", currency));
        }
        return Notices.company(name, list.toArray(BankAccount[]::new));
    }
}
