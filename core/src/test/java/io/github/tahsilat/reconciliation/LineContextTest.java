package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.eur;
import static io.github.tahsilat.reconciliation.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineContextTest {

    private static LineContext context(String remittanceText) {
        return context(line("10.00").remittanceText(remittanceText).build());
    }

    private static LineContext context(BankLine line) {
        return new LineContext(
                line, BankEntryKey.of(line, 1), new OpenItemIndex(), MatchSettings.defaults());
    }

    @Test
    void tokensAndWindowsOfText() {
        LineContext context = context("Fatura INV 2024 7");

        assertThat(context.tokens()).containsExactly("FATURA", "INV", "2024", "7");
        assertThat(context.textWindows())
                .containsExactly(
                        "FATURA",
                        "FATURAINV",
                        "FATURAINV2024",
                        "FATURAINV20247",
                        "INV",
                        "INV2024",
                        "INV20247",
                        "2024",
                        "20247",
                        "7");
    }

    @Test
    void releasedTextComputedAgainEqual() {
        LineContext context = context("Fatura: inv-0042/2024");
        List<String> tokens = context.tokens();
        List<String> windows = context.textWindows();

        context.releaseText();

        assertThat(context.tokens()).isEqualTo(tokens);
        assertThat(context.textWindows()).isEqualTo(windows);
    }

    @Test
    void amountSharedByCalls() {
        LineContext context = context("Payment");

        assertThat(context.amount()).isEqualTo(Lines.eur("10.00"));
        assertThat(context.amount()).isSameAs(context.amount());
    }

    @Test
    void mostNegativeAmountNegatedExactly() {
        LineContext context = context(line("-92233720368547758.07").build());

        assertThat(context.amount()).isEqualTo(eur("92233720368547758.07"));
        assertThat(context.grossUnits().units()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void returnChargesAddedBeforeNegation() {
        LineContext context = context(line("-92233720368547758.07").charge(eur("0.07")).build());

        assertThat(context.amount()).isEqualTo(eur("92233720368547758.00"));
        assertThat(context.grossUnits().units()).isEqualTo(Long.MAX_VALUE - 7);
    }

    @Test
    void largestGrossAmountKept() {
        LineContext context = context(line("92233720368547758.00").charge(eur("0.07")).build());

        assertThat(context.amount()).isEqualTo(eur("92233720368547758.07"));
        assertThat(context.grossUnits().units()).isEqualTo(Long.MAX_VALUE);
    }
}
