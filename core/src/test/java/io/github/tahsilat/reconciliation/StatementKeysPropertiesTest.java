package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.EntryHashing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/**
 * {@link BankEntryKey#forStatement} gives the keys of a plain implementation of its rules, which
 * hashes each line's fields as strings with {@link EntryHashing#sha256Hex} and counts occurrences
 * and references in hash maps, as earlier versions did. Stored keys of earlier imports depend on
 * it.
 */
class StatementKeysPropertiesTest {

    /**
     * Statements with repeated lines, shared and repeated bank references, negative amounts and
     * currencies of 0, 2 and 3 decimals.
     */
    @Provide
    Arbitrary<List<BankLine>> statements() {
        Arbitrary<String> currency = Arbitraries.of("EUR", "JPY", "KWD");
        Arbitrary<Long> units = Arbitraries.longs().between(-2_000, 2_000).filter(u -> u != 0);
        Arbitrary<Optional<String>> reference = Arbitraries.of("R1", "R2", "R3").optional(0.6);
        Arbitrary<String> text = Arbitraries.of("INV-1", "INV-2", "Ödeme ş");
        Arbitrary<Optional<String>> endToEndId = Arbitraries.of("E2E-1").optional(0.3);
        Arbitrary<BankLine> line =
                Combinators.combine(currency, units, reference, text, endToEndId)
                        .as(StatementKeysPropertiesTest::line);
        return line.list().ofMaxSize(40);
    }

    @Property(tries = 1000)
    void keysEqualPlainImplementation(@ForAll("statements") List<BankLine> statement) {
        List<BankEntryKey> keys = BankEntryKey.forStatement(statement);

        assertThat(keys).isEqualTo(plainKeys(statement));
    }

    private static BankLine line(
            String currency,
            long units,
            Optional<String> reference,
            String text,
            Optional<String> endToEndId) {
        int scale = Monetary.getCurrency(currency).getDefaultFractionDigits();
        BankLine.Builder line =
                Lines.line("1.00")
                        .amount(Money.of(BigDecimal.valueOf(units, scale), currency))
                        .remittanceText(text);
        reference.ifPresent(line::accountServicerReference);
        endToEndId.ifPresent(line::endToEndId);
        return line.build();
    }

    /** Computes the keys of the statement by the documented rules, with strings and hash maps. */
    private static List<BankEntryKey> plainKeys(List<BankLine> statement) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, String> hashByReference = new HashMap<>();
        Set<String> sharedReferences = new HashSet<>();
        List<BankEntryKey> keys = new ArrayList<>();
        for (BankLine line : statement) {
            MinorAmount amount = MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY);
            String hash =
                    EntryHashing.sha256Hex(
                            line.accountId(),
                            line.bookingDate().toString(),
                            line.valueDate().toString(),
                            amount.toPlainString(),
                            amount.currencyCode(),
                            line.counterpartyIban().map(iban -> iban.value()).orElse(""),
                            line.endToEndId().orElse(""),
                            line.remittanceText());
            int occurrence = occurrences.merge(hash, 1, Integer::sum);
            Optional<String> reference =
                    line.accountServicerReference()
                            .map(ref -> "ref:" + line.accountId() + ":" + ref);
            reference.ifPresent(
                    ref -> {
                        String first = hashByReference.putIfAbsent(ref, hash);
                        if (first != null && !first.equals(hash)) {
                            sharedReferences.add(ref);
                        }
                    });
            keys.add(new BankEntryKey(reference, "sha256:" + hash + "#" + occurrence));
        }
        List<BankEntryKey> result = new ArrayList<>();
        for (BankEntryKey key : keys) {
            boolean shared = key.referenceKey().filter(sharedReferences::contains).isPresent();
            result.add(shared ? new BankEntryKey(Optional.empty(), key.contentKey()) : key);
        }
        return result;
    }
}
