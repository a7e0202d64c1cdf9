package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.store.OpenReceivableFeed;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import io.github.tahsilat.reconciliation.CompactBankLineMatcher;
import io.github.tahsilat.reconciliation.CompactBankLines;
import io.github.tahsilat.reconciliation.CompactMatchResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kept index follows the reports of a feed: which items are candidates, under which
 * counterparty name, and when the index is usable.
 */
class KeptMatchIndexTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final UUID COMPANY = new UUID(7, 7);
    private static final UUID OTHER_COMPANY = new UUID(7, 8);
    private static final UUID ACME = new UUID(1, 1);
    private static final UUID BETA = new UUID(1, 2);
    private static final String IBAN = "TR330006100519786457841326";
    private static final String OTHER_IBAN = "GB82WEST12345698765432";
    private static final String THIRD_IBAN = "DE89370400440532013000";
    private static final TaxId VKN = new TaxId(TaxIdType.VKN, "4540536920");
    private static final int DUE = 20_000;

    /** A feed whose reports the test sends by hand and whose readers run at once. */
    private static final class HandFeed implements OpenReceivableFeed {
        OpenReceivableListener listener;

        @Override
        public void subscribe(OpenReceivableListener value) {
            listener = value;
        }

        @Override
        public <T> T whileUnchanged(Supplier<T> work) {
            return work.get();
        }
    }

    private HandFeed feed;
    private KeptMatchIndexes indexes;

    @BeforeEach
    void subscribe() {
        feed = new HandFeed();
        indexes = KeptMatchIndexes.subscribe(feed);
    }

    private static MatchCandidateView item(int number, UUID counterparty, long units) {
        return item(number, counterparty, units, Optional.empty());
    }

    private static MatchCandidateView item(
            int number, UUID counterparty, long units, Optional<String> reference) {
        return new MatchCandidateView(
                new UUID(2, number), counterparty, "INV-" + number, "TRY", DUE, units, reference);
    }

    private KeptMatchIndex company() {
        return indexes.company(COMPANY).orElseThrow();
    }

    /** Reports the counterparty with no IBAN and no tax id. */
    private void storeCounterparty(UUID counterpartyId, String name) {
        feed.listener.counterpartyStored(
                COMPANY, counterpartyId, name, List.of(), Optional.empty());
    }

    private void storeCounterparty(
            UUID counterpartyId, String name, List<String> ibans, Optional<TaxId> taxId) {
        feed.listener.counterpartyStored(COMPANY, counterpartyId, name, ibans, taxId);
    }

    private boolean identifiesWithItems(Set<String> ibans, Set<TaxId> taxIds) {
        return company()
                .identifiesCounterpartyWithItems(new CounterpartyIdentifiers(ibans, taxIds));
    }

    /** Matches one line against the company's index and returns the slot it takes, or -1. */
    private int slotTaken(UUID company, long units, String text, String payer) {
        CompactBankLines lines = new CompactBankLines(1);
        lines.add(units, TRY, text, payer);
        KeptMatchIndex index = indexes.company(company).orElseThrow();
        CompactMatchResult result = new CompactBankLineMatcher(index.index()).match(lines);
        return result.item(0);
    }

    @Test
    void itemOfNamedCounterpartyIsCandidate() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 3, item(42, ACME, 10_000));

        assertThat(slotTaken(COMPANY, 10_000, "INV-42", null)).isEqualTo(3);
        assertThat(company().invoiceIdOfSlot(3)).isEqualTo(new InvoiceId(new UUID(2, 42)));
        assertThat(company().invoiceNumberOfSlot(3)).isEqualTo("INV-42");
        assertThat(company().counterpartyIdOfSlot(3)).isEqualTo(new CounterpartyId(ACME));
        assertThat(company().hasItems(ACME)).isTrue();
        assertThat(company().isUsable()).isTrue();
    }

    @Test
    void counterpartyNumbersMapToTheirIds() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        storeCounterparty(BETA, "Beta Gıda Ltd.");

        assertThat(company().counterpartyIdOfNumber(0)).isEqualTo(new CounterpartyId(ACME));
        assertThat(company().counterpartyIdOfNumber(1)).isEqualTo(new CounterpartyId(BETA));
    }

    @Test
    void unknownCounterpartyNumberRejected() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");

        // The index has room for 16 counterparty numbers, and only number 0 is assigned.
        assertThatThrownBy(() -> company().counterpartyIdOfNumber(1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("counterparty")
                .hasMessageContaining("1");
        assertThatThrownBy(() -> company().counterpartyIdOfNumber(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void itemWaitsForCounterpartyName() {
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        assertThat(slotTaken(COMPANY, 10_000, "INV-42", null)).isEqualTo(-1);
        assertThat(company().waitingAt(0)).isPresent();
        assertThat(company().isUsable()).isTrue();

        storeCounterparty(ACME, "Acme Ticaret A.Ş.");

        assertThat(slotTaken(COMPANY, 10_000, "INV-42", null)).isZero();
        assertThat(company().waitingAt(0)).isEmpty();
    }

    @Test
    void removedCounterpartyTakesItemsOut() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000, Optional.of("RF32PAY1")));
        feed.listener.opened(COMPANY, 1, item(43, ACME, 5_000));

        feed.listener.counterpartyRemoved(COMPANY, ACME);

        assertThat(slotTaken(COMPANY, 10_000, "INV-42", null)).isEqualTo(-1);
        assertThat(company().hasItems(ACME)).isFalse();
        assertThat(company().waitingAt(0)).isPresent();
        assertThat(company().waitingAt(1)).isPresent();

        storeCounterparty(ACME, "Acme Ticaret A.Ş.");

        assertThat(slotTaken(COMPANY, 10_000, "RF32 PAY1", null)).isZero();
        assertThat(slotTaken(COMPANY, 5_000, "INV-43", null)).isEqualTo(1);
    }

    @Test
    void itemOwedNothingIsNoCandidate() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        feed.listener.opened(COMPANY, 0, item(42, ACME, 0));

        assertThat(company().index().contains(0)).isFalse();
        assertThat(company().waitingAt(0)).isEmpty();
        assertThat(company().hasItems(ACME)).isFalse();
    }

    @Test
    void reopenedItemReplacesSlot() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        storeCounterparty(BETA, "Beta Gıda Ltd. Şti.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        feed.listener.opened(COMPANY, 0, item(44, BETA, 4_000));

        assertThat(company().index().size()).isEqualTo(1);
        assertThat(company().invoiceNumberOfSlot(0)).isEqualTo("INV-44");
        assertThat(company().hasItems(ACME)).isFalse();
        assertThat(slotTaken(COMPANY, 4_000, "Payment", "BETA GIDA LTD STI")).isZero();
    }

    @Test
    void closedItemLeavesIndex() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));
        feed.listener.opened(COMPANY, 1, item(43, BETA, 10_000));

        feed.listener.closed(COMPANY, 0);
        feed.listener.closed(COMPANY, 1);
        feed.listener.closed(COMPANY, 500);

        assertThat(company().index().size()).isZero();
        assertThat(company().waitingAt(1)).isEmpty();
    }

    @Test
    void onlyValidRfReferenceIsPaymentReference() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000, Optional.of("RF32PAY1")));
        feed.listener.opened(COMPANY, 1, item(43, ACME, 10_000, Optional.of("RF33PAY1")));
        feed.listener.opened(COMPANY, 2, item(44, ACME, 10_000, Optional.of("ORDER-7")));

        assertThat(company().index().paymentReference(0)).contains("RF32PAY1");
        assertThat(company().index().paymentReference(1)).isEmpty();
        assertThat(company().index().paymentReference(2)).isEmpty();
    }

    @Test
    void renameFindsNewName() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        storeCounterparty(ACME, "Delta Yapı");

        assertThat(slotTaken(COMPANY, 10_000, "Payment", "DELTA YAPI")).isZero();
        CompactBankLines oldName = new CompactBankLines(1);
        oldName.add(10_000, TRY, "Payment", "ACME TICARET A S");
        assertThat(new CompactBankLineMatcher(company().index()).match(oldName).score(0))
                .isEqualTo(30);
    }

    @Test
    void longNumberMakesIndexUnusable() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        MatchCandidateView longNumber =
                new MatchCandidateView(
                        new UUID(2, 1), ACME, "N".repeat(201), "TRY", DUE, 100, Optional.empty());

        feed.listener.opened(COMPANY, 0, longNumber);

        assertThat(company().isUsable()).isFalse();

        feed.listener.closed(COMPANY, 0);

        assertThat(company().isUsable()).isTrue();
    }

    @Test
    void unknownCurrencyMakesIndexUnusable() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        MatchCandidateView unknown =
                new MatchCandidateView(
                        new UUID(2, 1), ACME, "INV-1", "QQQ", DUE, 100, Optional.empty());

        feed.listener.opened(COMPANY, 0, unknown);

        assertThat(company().isUsable()).isFalse();
        assertThat(company().index().contains(0)).isFalse();
    }

    @Test
    void rejectedNameMattersOnlyWithItems() {
        storeCounterparty(ACME, "N".repeat(1_001));

        assertThat(company().isUsable()).isTrue();

        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        assertThat(company().isUsable()).isFalse();

        storeCounterparty(ACME, "Acme Ticaret A.Ş.");

        assertThat(company().isUsable()).isTrue();
        assertThat(slotTaken(COMPANY, 10_000, "INV-42", null)).isZero();
    }

    @Test
    void nameFoldingToEmptyTakesItemsOut() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        storeCounterparty(ACME, "-*-");

        assertThat(company().index().contains(0)).isFalse();
        assertThat(company().isUsable()).isFalse();
    }

    @Test
    void indexGrowsWithSlotsAndCounterparties() {
        for (int c = 0; c < 100; c++) {
            storeCounterparty(new UUID(1, c), "Müşteri " + c);
        }
        for (int slot = 0; slot < 5_000; slot++) {
            feed.listener.opened(COMPANY, slot, item(slot, new UUID(1, slot % 100), 100 + slot));
        }

        assertThat(company().isUsable()).isTrue();
        assertThat(company().index().size()).isEqualTo(5_000);
        assertThat(company().index().itemCapacity()).isLessThan(2 * 5_000);
        assertThat(slotTaken(COMPANY, 4_999 + 100, "INV-4999", null)).isEqualTo(4_999);
        assertThat(slotTaken(COMPANY, 100 + 77, "Payment", "MUSTERI 77")).isEqualTo(77);
    }

    @Test
    void companiesKeepSeparateIndexes() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));
        feed.listener.opened(OTHER_COMPANY, 0, item(42, ACME, 10_000));

        assertThat(slotTaken(COMPANY, 10_000, "INV-42", null)).isZero();
        assertThat(slotTaken(OTHER_COMPANY, 10_000, "INV-42", null)).isEqualTo(-1);
        assertThat(indexes.company(OTHER_COMPANY).orElseThrow().waitingAt(0)).isPresent();
    }

    @Test
    void failedReportMakesIndexUnusableForGood() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.");

        assertThatCode(() -> feed.listener.closed(COMPANY, -1)).doesNotThrowAnyException();
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        assertThat(company().isUsable()).isFalse();
        assertThat(company().index().contains(0)).isFalse();
    }

    @Test
    void whileUnchangedGivesCompanyIndex() {
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        boolean known = indexes.whileUnchanged(COMPANY, Optional::isPresent);
        boolean unknown = indexes.whileUnchanged(OTHER_COMPANY, Optional::isPresent);

        assertThat(known).isTrue();
        assertThat(unknown).isFalse();
    }

    @Test
    void ibanOfCounterpartyWithItemsIdentifiesIt() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.", List.of(IBAN, OTHER_IBAN), Optional.empty());
        storeCounterparty(BETA, "Beta Gıda Ltd. Şti.", List.of(THIRD_IBAN), Optional.of(VKN));
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        assertThat(identifiesWithItems(Set.of(IBAN), Set.of())).isTrue();
        assertThat(identifiesWithItems(Set.of(OTHER_IBAN), Set.of())).isTrue();
        assertThat(identifiesWithItems(Set.of(THIRD_IBAN), Set.of())).isFalse();
        assertThat(identifiesWithItems(Set.of(), Set.of(VKN))).isFalse();
        assertThat(identifiesWithItems(Set.of("TR000000000000000000000001"), Set.of())).isFalse();
    }

    @Test
    void taxIdOfCounterpartyWithItemsIdentifiesIt() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.", List.of(), Optional.of(VKN));
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        assertThat(identifiesWithItems(Set.of(), Set.of(VKN))).isTrue();
        assertThat(
                        identifiesWithItems(
                                Set.of(), Set.of(new TaxId(TaxIdType.TCKN, "1" + VKN.value()))))
                .isFalse();
    }

    @Test
    void replacedIdentifiersNoLongerIdentify() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.", List.of(IBAN), Optional.of(VKN));
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        storeCounterparty(ACME, "Acme Ticaret A.Ş.", List.of(OTHER_IBAN), Optional.empty());

        assertThat(identifiesWithItems(Set.of(IBAN), Set.of())).isFalse();
        assertThat(identifiesWithItems(Set.of(), Set.of(VKN))).isFalse();
        assertThat(identifiesWithItems(Set.of(OTHER_IBAN), Set.of())).isTrue();
    }

    @Test
    void sharedIbanIdentifiesWhileOneOwnerHasItems() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.", List.of(IBAN), Optional.empty());
        storeCounterparty(BETA, "Beta Gıda Ltd. Şti.", List.of(IBAN), Optional.empty());
        feed.listener.opened(COMPANY, 0, item(42, BETA, 10_000));

        assertThat(identifiesWithItems(Set.of(IBAN), Set.of())).isTrue();

        storeCounterparty(BETA, "Beta Gıda Ltd. Şti.", List.of(), Optional.empty());

        assertThat(identifiesWithItems(Set.of(IBAN), Set.of())).isFalse();
    }

    @Test
    void removedCounterpartyNoLongerIdentified() {
        storeCounterparty(ACME, "Acme Ticaret A.Ş.", List.of(IBAN), Optional.of(VKN));
        feed.listener.opened(COMPANY, 0, item(42, ACME, 10_000));

        feed.listener.counterpartyRemoved(COMPANY, ACME);

        assertThat(identifiesWithItems(Set.of(IBAN), Set.of())).isFalse();
        assertThat(identifiesWithItems(Set.of(), Set.of(VKN))).isFalse();
        assertThat(company().snapshot().get("ibans")).isEqualTo(Map.of());
        assertThat(company().snapshot().get("taxIds")).isEqualTo(Map.of());
    }
}
