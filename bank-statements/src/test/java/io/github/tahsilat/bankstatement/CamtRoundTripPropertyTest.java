package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.CamtXml.balance;
import static io.github.tahsilat.bankstatement.CamtXml.entry;
import static io.github.tahsilat.bankstatement.CamtXml.read;
import static io.github.tahsilat.bankstatement.CamtXml.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Entries written as a camt.053 document with balances that agree must read back unchanged, with no
 * findings.
 */
class CamtRoundTripPropertyTest {
    @Property(tries = 200)
    void writtenEntriesReadBackConsistent(
            @ForAll @LongRange(min = -1_000_000_00L, max = 1_000_000_00L) long openingCents,
            @ForAll @Size(max = 40)
                    List<@LongRange(min = -50_000_00L, max = 50_000_00L) Long> cents) {
        BigDecimal opening = BigDecimal.valueOf(openingCents, 2);
        BigDecimal closing = opening;
        StringBuilder entries = new StringBuilder();
        for (long amount : cents) {
            BigDecimal value = BigDecimal.valueOf(amount, 2);
            closing = closing.add(value);
            entries.append(entry(value));
        }
        String xml =
                statement(
                        "08",
                        balance("OPBD", opening, "2024-03-30")
                                + balance("CLBD", closing, "2024-03-31"),
                        entries.toString());

        Statement statement = read(xml).get(0);

        assertThat(statement.entries()).hasSize(cents.size());
        for (int i = 0; i < cents.size(); i++) {
            assertThat(Amounts.decimal(statement.entries().get(i).amount()))
                    .isEqualByComparingTo(BigDecimal.valueOf(cents.get(i), 2));
        }
        assertThat(Amounts.decimal(statement.openingBalance().orElseThrow().amount()))
                .isEqualByComparingTo(opening);
        assertThat(Amounts.decimal(statement.closingBalance().orElseThrow().amount()))
                .isEqualByComparingTo(closing);
        assertThat(statement.findings()).isEmpty();
    }
}
