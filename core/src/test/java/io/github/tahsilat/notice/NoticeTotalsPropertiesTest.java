package io.github.tahsilat.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.dunning.FeeBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.javamoney.moneta.Money;

/** A notice's totals add up exactly, for any items, fees and interest. */
class NoticeTotalsPropertiesTest {

    @Property(tries = 500)
    void totalIsItemsPlusFeesPlusInterest(
            @ForAll @Size(min = 1, max = 20)
                    List<@LongRange(min = 1, max = 10_000_000_000L) Long> items,
            @ForAll @Size(max = 20) List<@LongRange(min = 0, max = 1_000_000) Long> fees,
            @ForAll @Size(max = 20) List<@LongRange(min = 0, max = 1_000_000) Long> interest) {
        LocalDate due = LocalDate.of(2025, 1, 1);
        List<NoticeLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new NoticeLine("INV-" + i, due, 30, cents(items.get(i))));
        }
        List<FeeLine> feeLines = new ArrayList<>();
        for (long fee : fees) {
            feeLines.add(new FeeLine(1, FeeBasis.PER_NOTICE, Optional.empty(), cents(fee)));
        }
        List<InterestLine> interestLines = new ArrayList<>();
        for (int i = 0; i < interest.size(); i++) {
            interestLines.add(
                    new InterestLine("INV-" + i, due, due.plusDays(30), cents(interest.get(i))));
        }
        Notice notice =
                new Notice(
                        NoticeFixtures.COMPANY_ID,
                        NoticeFixtures.COUNTERPARTY_ID,
                        "run",
                        1,
                        "reminder-1",
                        Money.of(0, "EUR").getCurrency(),
                        due.plusDays(30),
                        due.plusDays(37),
                        lines,
                        feeLines,
                        interestLines,
                        new PaymentInstructions(List.of(), "REF"));

        long expectedItems = items.stream().mapToLong(Long::longValue).sum();
        long expectedFees = fees.stream().mapToLong(Long::longValue).sum();
        long expectedInterest = interest.stream().mapToLong(Long::longValue).sum();
        assertThat(notice.itemsTotal()).isEqualTo(cents(expectedItems));
        assertThat(notice.feesTotal()).isEqualTo(cents(expectedFees));
        assertThat(notice.interestTotal()).isEqualTo(cents(expectedInterest));
        assertThat(notice.total())
                .isEqualTo(cents(expectedItems + expectedFees + expectedInterest));
    }

    private static Money cents(long units) {
        return Money.of(BigDecimal.valueOf(units, 2), "EUR");
    }
}
