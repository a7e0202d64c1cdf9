package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.counterparty;
import static io.github.tahsilat.reconciliation.Lines.eur;
import static io.github.tahsilat.reconciliation.Lines.index;
import static io.github.tahsilat.reconciliation.Lines.invoiceId;
import static io.github.tahsilat.reconciliation.Lines.item;
import static io.github.tahsilat.reconciliation.Lines.line;
import static io.github.tahsilat.reconciliation.Lines.match;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payer names that the bank cut at 35 characters identify the counterparty they start. */
class CutNameMatchTest {

    private static final String LIMITED = "Anadolu Tekstil Sanayi ve Ticaret Limited Şirketi";
    private static final String TICARETI = "Anadolu Tekstil Sanayi ve Ticareti Ltd";

    private static OpenItemIndex twoCounterparties() {
        return index(
                item(1, "INV-1", eur("100.00"), counterparty(1), LIMITED),
                item(2, "INV-2", eur("200.00"), counterparty(2), TICARETI));
    }

    @Nested
    class Scores {

        @ParameterizedTest(name = "[{index}] {0} paying {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Anadolu Tekstil Sanayi ve Ticaret Limited Şirketi | 100.00 | 1 | 40",
                    "ANADOLU TEKSTIL SANAYI VE TICARET L                | 100.00 | 1 | 35",
                    "anadolu tekstıl sanayı ve tıcaret l                | 100.00 | 1 | 35",
                    "ANADOLU TEKSTİL SANAYİ VE TİCARET L                | 100.00 | 1 | 35",
                    "ANADOLU TEKSTIL SANAYI VE TICARETI                 | 200.00 | 2 | 35",
                    "ANADOLU TEKSTIL SANAYI VE TICARET                  | 100.00 | 1 | 30",
                    "ANADOLU TEKSTIL SANAYI VE TICARET X                | 100.00 | 1 | 30",
                    "ANADOLU TEKSTIL SANAYI VE TICARET LIMITED SIRKETI  | 100.00 | 1 | 40"
                })
        void cutNameScoresBelowExactName(
                String payerName, String amount, int expectedInvoice, int expectedScore) {
            MatchResult result =
                    match(twoCounterparties(), line(amount).counterpartyName(payerName).build());

            assertThat(result.proposals()).hasSize(1);
            Proposal proposal = result.proposals().get(0);
            assertThat(proposal.applications().get(0).invoiceId())
                    .isEqualTo(invoiceId(expectedInvoice));
            assertThat(proposal.score()).isEqualTo(expectedScore);
        }
    }

    @Nested
    class Explanation {

        @Test
        void cutNameReasonNamesLength() {
            MatchResult result =
                    match(
                            twoCounterparties(),
                            line("100.00")
                                    .counterpartyName("ANADOLU TEKSTIL SANAYI VE TICARET L")
                                    .build());

            List<MatchReason> reasons = result.proposals().get(0).explanation();
            assertThat(reasons)
                    .filteredOn(reason -> reason.kind() == MatchReason.Kind.COUNTERPARTY)
                    .singleElement()
                    .satisfies(
                            reason -> {
                                assertThat(reason.points()).isEqualTo(5);
                                assertThat(reason.detail())
                                        .isEqualTo(
                                                "payer name, cut at 35 characters, starts the"
                                                        + " counterparty's name");
                            });
        }

        @Test
        void droppedSpaceNeedsWordBoundary() {
            OpenItemIndex index =
                    index(
                            item(1, "INV-1", eur("100.00"), counterparty(1), LIMITED),
                            item(
                                    3,
                                    "INV-3",
                                    eur("200.00"),
                                    counterparty(3),
                                    "Anadolu Tekstil Sanayi ve Ticaretim A.Ş."));

            MatchResult result =
                    match(
                            index,
                            line("200.00")
                                    .counterpartyName("ANADOLU TEKSTIL SANAYI VE TICARETI")
                                    .build());

            assertThat(result.proposals().get(0).applications().get(0).invoiceId())
                    .isEqualTo(invoiceId(3));
            assertThat(result.proposals().get(0).score()).isEqualTo(30);
        }

        @Test
        void manyLongerNamesIdentifyNone() {
            OpenItemIndex index =
                    index(
                            item(1, "INV-1", eur("100.00"), counterparty(1), LIMITED),
                            item(2, "INV-2", eur("300.00"), counterparty(2), LIMITED + " A"),
                            item(3, "INV-3", eur("300.00"), counterparty(3), LIMITED + " B"),
                            item(4, "INV-4", eur("300.00"), counterparty(4), LIMITED + " C"));

            MatchResult result =
                    match(
                            index,
                            line("100.00")
                                    .counterpartyName("ANADOLU TEKSTIL SANAYI VE TICARET L")
                                    .build());

            assertThat(result.proposals().get(0).score()).isEqualTo(30);
            assertThat(result.proposals().get(0).explanation())
                    .noneMatch(reason -> reason.kind() == MatchReason.Kind.COUNTERPARTY);
        }
    }
}
