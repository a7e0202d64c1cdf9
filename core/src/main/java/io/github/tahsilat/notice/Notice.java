package io.github.tahsilat.notice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A dunning notice for one counterparty and one run: the items at one level, their fees and late
 * interest, the total to pay, a pay-by date and the payment instructions.
 *
 * <p>Every amount is in {@code currency}. {@link #total()} is exactly {@link #itemsTotal()} plus
 * {@link #feesTotal()} plus {@link #interestTotal()}, and each of those is the exact sum of its
 * lines. Build one with {@link NoticeComposer#compose}. Immutable and thread-safe.
 *
 * @param companyId the company that sends the notice
 * @param counterpartyId the counterparty the notice is for
 * @param runKey the key of the dunning run, such as {@code 2025-04-01}; part of the notice id
 * @param level the dunning level of the notice, 1 or more
 * @param template the name of the level's template
 * @param currency the notice currency
 * @param asOf the run's date
 * @param payBy the date by which to pay, on or after {@code asOf}
 * @param lines the items, at least one
 * @param fees the fees, possibly empty
 * @param interest the late interest per item, possibly empty
 * @param instructions how to pay
 */
public record Notice(
        CompanyId companyId,
        CounterpartyId counterpartyId,
        String runKey,
        int level,
        String template,
        CurrencyUnit currency,
        LocalDate asOf,
        LocalDate payBy,
        List<NoticeLine> lines,
        List<FeeLine> fees,
        List<InterestLine> interest,
        PaymentInstructions instructions) {

    /** The maximum length of {@link #runKey()}. */
    public static final int MAX_RUN_KEY_LENGTH = 100;

    /**
     * Checks the fields and copies the lists.
     *
     * @throws InvalidInputException if an argument or list element is {@code null}, {@code runKey}
     *     is blank or longer than 100 characters, {@code level} is below 1, {@code lines} is empty,
     *     or {@code payBy} is before {@code asOf}
     * @throws CurrencyMismatchException if an amount is in another currency than {@code currency}
     */
    public Notice {
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        InputChecks.text(runKey, "runKey", MAX_RUN_KEY_LENGTH);
        if (level < 1) {
            throw new InvalidInputException("level", level, "a level number of 1 or more");
        }
        InputChecks.present(template, "template", "a template name");
        InputChecks.present(currency, "currency", "the notice currency");
        InputChecks.present(asOf, "asOf", "the run's date");
        InputChecks.present(payBy, "payBy", "the pay-by date");
        if (payBy.isBefore(asOf)) {
            throw new InvalidInputException("payBy", payBy, "a date on or after " + asOf);
        }
        lines = List.copyOf(InputChecks.present(lines, "lines", "at least one item"));
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "[]", "at least one item");
        }
        fees = List.copyOf(InputChecks.present(fees, "fees", "a list of fees, possibly empty"));
        interest =
                List.copyOf(InputChecks.present(interest, "interest", "a list of interest lines"));
        InputChecks.present(instructions, "instructions", "payment instructions");
        Stream.of(
                        lines.stream().map(NoticeLine::outstanding),
                        fees.stream().map(FeeLine::amount),
                        interest.stream().map(InterestLine::amount))
                .flatMap(s -> s)
                .forEach(amount -> requireCurrency(currency, amount));
    }

    private static void requireCurrency(CurrencyUnit currency, MonetaryAmount amount) {
        if (!amount.getCurrency().equals(currency)) {
            throw new CurrencyMismatchException(
                    "put on a notice",
                    currency.getCurrencyCode(),
                    amount.getCurrency().getCurrencyCode());
        }
    }

    /** Returns the sum of the items' outstanding amounts. */
    public MonetaryAmount itemsTotal() {
        return sum(lines.stream().map(NoticeLine::outstanding));
    }

    /** Returns the sum of the fees. */
    public MonetaryAmount feesTotal() {
        return sum(fees.stream().map(FeeLine::amount));
    }

    /** Returns the sum of the late interest. */
    public MonetaryAmount interestTotal() {
        return sum(interest.stream().map(InterestLine::amount));
    }

    /** Returns the total to pay: items, fees and interest. */
    public MonetaryAmount total() {
        return sum(Stream.of(itemsTotal(), feesTotal(), interestTotal()));
    }

    /**
     * Returns the notice id for {@code channel}, the same on every retry: a name-based UUID
     * (version 3) of the UTF-8 bytes of {@code tahsilat-notice|<company id>|<counterparty id>|<run
     * key>|<channel>}, with both ids in their canonical UUID form.
     *
     * @param channel the channel's name, such as {@code email}
     * @throws InvalidInputException if {@code channel} is {@code null} or blank
     */
    public UUID noticeId(String channel) {
        InputChecks.text(channel, "channel", 100);
        String key =
                "tahsilat-notice|"
                        + companyId.value()
                        + "|"
                        + counterpartyId.value()
                        + "|"
                        + runKey
                        + "|"
                        + channel;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private MonetaryAmount sum(Stream<MonetaryAmount> amounts) {
        MinorAmount total = MinorAmount.zero(currency);
        for (MonetaryAmount amount : (Iterable<MonetaryAmount>) amounts::iterator) {
            total = total.plus(MinorAmount.of(amount, RoundingMode.UNNECESSARY));
        }
        return total.toMonetaryAmount();
    }
}
