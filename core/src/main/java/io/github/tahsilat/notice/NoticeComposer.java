package io.github.tahsilat.notice;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.Fee;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Builds notices and their fees as pure functions. Stateless and thread-safe.
 *
 * <p>Fees come only from the level being sent: a level skipped under {@link
 * io.github.tahsilat.dunning.SkippedLevels#SEND_HIGHEST_REACHED} charges nothing. A per-notice fee
 * is charged once however many items the notice lists, and as a percentage it is taken of the
 * items' total. A per-item fee is charged once for each item, and as a percentage it is taken of
 * that item's outstanding amount.
 */
public final class NoticeComposer {

    private NoticeComposer() {}

    /**
     * Computes the fees that {@code level} charges on a notice with {@code lines}: none when the
     * level does not {@link DunningAction#CHARGE_FEE} or has no fee in the lines' currency.
     *
     * @param level the level being sent
     * @param lines the notice's items, at least one, all in one currency
     * @param mode the company's rounding mode
     * @throws InvalidInputException if an argument is {@code null} or {@code lines} is empty
     * @throws io.github.tahsilat.error.CurrencyMismatchException if the lines mix currencies
     */
    public static List<FeeLine> fees(
            DunningLevel level, List<NoticeLine> lines, RoundingMode mode) {
        InputChecks.present(level, "level", "the level being sent");
        InputChecks.present(mode, "mode", "the company's rounding mode");
        MinorAmount itemsTotal = itemsTotal(lines);
        Optional<Fee> fee = level.feeIn(itemsTotal.currency());
        if (!level.does(DunningAction.CHARGE_FEE) || fee.isEmpty()) {
            return List.of();
        }
        if (fee.get().basis() == FeeBasis.PER_NOTICE) {
            MonetaryAmount amount = fee.get().amountFor(itemsTotal.toMonetaryAmount(), mode);
            return List.of(
                    new FeeLine(level.number(), FeeBasis.PER_NOTICE, Optional.empty(), amount));
        }
        List<FeeLine> fees = new ArrayList<>();
        for (NoticeLine line : lines) {
            MonetaryAmount amount = fee.get().amountFor(line.outstanding(), mode);
            fees.add(
                    new FeeLine(
                            level.number(),
                            FeeBasis.PER_ITEM,
                            Optional.of(line.invoiceNumber()),
                            amount));
        }
        return List.copyOf(fees);
    }

    /**
     * Builds the notice that sends {@code level} for {@code lines} on {@code asOf}: fees from
     * {@link #fees}, the pay-by date {@code asOf} plus the policy's days to pay, and the company's
     * bank accounts in the lines' currency.
     *
     * @param company the company that sends the notice; its rounding mode rounds the fees
     * @param counterparty the counterparty the notice is for
     * @param runKey the key of the dunning run, such as {@code 2025-04-01}
     * @param policy the counterparty's policy
     * @param level the level being sent, one of the policy's levels
     * @param asOf the run's date
     * @param lines the items, at least one, all in one currency
     * @param interest the late interest per item; pass lines only for a level that does {@link
     *     DunningAction#ADD_INTEREST}, possibly empty
     * @param paymentReference the reference to quote with the payment
     * @throws InvalidInputException if an argument is {@code null} or invalid, the counterparty
     *     belongs to another company, or {@code level} is not one of the policy's levels
     * @throws io.github.tahsilat.error.CurrencyMismatchException if the amounts mix currencies
     */
    public static Notice compose(
            Company company,
            Counterparty counterparty,
            String runKey,
            DunningPolicy policy,
            DunningLevel level,
            LocalDate asOf,
            List<NoticeLine> lines,
            List<InterestLine> interest,
            String paymentReference) {
        InputChecks.present(company, "company", "the company");
        InputChecks.present(counterparty, "counterparty", "the counterparty");
        InputChecks.present(policy, "policy", "the counterparty's policy");
        InputChecks.present(level, "level", "the level being sent");
        InputChecks.present(asOf, "asOf", "the run's date");
        if (!counterparty.companyId().equals(company.id())) {
            throw new InvalidInputException(
                    "counterparty", counterparty.id(), "a counterparty of company " + company.id());
        }
        if (!policy.levels().contains(level)) {
            throw new InvalidInputException(
                    "level", level.number(), "a level of policy " + policy.name());
        }
        RoundingMode mode = company.settings().roundingMode();
        List<FeeLine> fees = fees(level, lines, mode);
        CurrencyUnit currency = itemsTotal(lines).currency();
        PaymentInstructions instructions =
                new PaymentInstructions(company.bankAccountsIn(currency), paymentReference);
        return new Notice(
                company.id(),
                counterparty.id(),
                runKey,
                level.number(),
                level.template(),
                currency,
                asOf,
                asOf.plusDays(policy.payWithinDays()),
                lines,
                fees,
                interest,
                instructions);
    }

    private static MinorAmount itemsTotal(List<NoticeLine> lines) {
        InputChecks.present(lines, "lines", "at least one item");
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "[]", "at least one item");
        }
        CurrencyUnit currency = lines.get(0).outstanding().getCurrency();
        MinorAmount total = MinorAmount.zero(currency);
        for (NoticeLine line : lines) {
            InputChecks.present(line, "lines", "no null item");
            total = total.plus(MinorAmount.of(line.outstanding(), RoundingMode.UNNECESSARY));
        }
        return total;
    }
}
