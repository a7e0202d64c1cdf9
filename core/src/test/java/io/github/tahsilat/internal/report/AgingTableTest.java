package io.github.tahsilat.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgingTableTest {

    @Nested
    class IndexedLookUp {

        @Test
        void numberFindsRowOfId() {
            AgingTable table = new AgingTable(5);
            UUID id = new UUID(7, 9);

            int byId = table.row(id, "EUR");

            assertThat(table.row(3, new UUID(7, 9), "EUR")).isEqualTo(byId);
            assertThat(table.row(3, new UUID(7, 9), "EUR")).isEqualTo(byId);
            assertThat(table.rows()).isEqualTo(1);
        }

        @Test
        void numberKeepsCurrenciesApart() {
            AgingTable table = new AgingTable(5);
            UUID id = new UUID(7, 9);

            int euro = table.row(0, id, "EUR");
            int lira = table.row(0, id, "TRY");

            assertThat(lira).isNotEqualTo(euro);
            assertThat(table.row(0, id, new String("EUR".toCharArray()))).isEqualTo(euro);
            assertThat(table.row(id, "TRY")).isEqualTo(lira);
        }

        @Test
        void negativeNumberFallsBackToId() {
            AgingTable table = new AgingTable(5);
            UUID id = new UUID(7, 9);

            int first = table.row(-1, id, "EUR");

            assertThat(table.row(-1, new UUID(7, 9), "EUR")).isEqualTo(first);
            assertThat(table.row(Integer.MAX_VALUE, new UUID(7, 9), "EUR")).isEqualTo(first);
            assertThat(table.rows()).isEqualTo(1);
        }

        @Test
        void idUnderTwoNumbersGetsAdjacentRows() {
            AgingTable table = new AgingTable(1);
            UUID id = new UUID(7, 9);

            int first = table.row(1, id, "EUR");
            int other = table.row(2, new UUID(0, 1), "EUR");
            int second = table.row(3, id, "EUR");

            assertThat(second).isNotEqualTo(first);
            assertThat(table.sameKey(first, second)).isTrue();
            assertThat(table.sameKey(first, other)).isFalse();
            assertThat(table.rowsInOrder()).containsExactly(other, first, second);
        }

        @Test
        void idLookUpAfterNumbersFindsFirstRow() {
            AgingTable table = new AgingTable(1);
            UUID id = new UUID(7, 9);
            int first = table.row(1, id, "EUR");
            table.row(2, id, "EUR");

            int byId = table.row(new UUID(7, 9), "EUR");

            assertThat(byId).isEqualTo(first);
            assertThat(table.row(4, id, "EUR")).isEqualTo(first);
            assertThat(table.rows()).isEqualTo(2);
        }

        @Test
        void sameKeyComparesCurrency() {
            AgingTable table = new AgingTable(1);
            UUID id = new UUID(7, 9);

            int euro = table.row(1, id, "EUR");
            int lira = table.row(1, id, "TRY");

            assertThat(table.sameKey(euro, lira)).isFalse();
        }

        @Test
        void numbersInOrderFindOwnRows() {
            AgingTable table = new AgingTable(5);
            List<UUID> ids = randomIds(1_000, 5);
            for (int i = 0; i < ids.size(); i++) {
                assertThat(table.row(i, ids.get(i), "EUR")).isEqualTo(i);
            }

            for (int i = ids.size() - 1; i >= 0; i--) {
                assertThat(table.row(i, ids.get(i), "EUR")).isEqualTo(i);
                assertThat(table.counterparty(i)).isEqualTo(ids.get(i));
            }
            assertThat(table.rows()).isEqualTo(1_000);
        }

        @Test
        void numbersAfterGapKeepOwnRows() {
            AgingTable table = new AgingTable(5);

            int first = table.row(0, new UUID(1, 1), "EUR");
            int lira = table.row(0, new UUID(1, 1), "TRY");
            int afterGap = table.row(5, new UUID(5, 5), "EUR");
            int second = table.row(1, new UUID(2, 2), "EUR");

            assertThat(first).isZero();
            assertThat(lira).isEqualTo(1);
            assertThat(afterGap).isEqualTo(2);
            assertThat(second).isEqualTo(3);
            assertThat(table.row(0, new UUID(1, 1), "TRY")).isEqualTo(lira);
            assertThat(table.row(5, new UUID(5, 5), "EUR")).isEqualTo(afterGap);
            assertThat(table.row(1, new UUID(2, 2), "EUR")).isEqualTo(second);
            assertThat(table.counterparty(second)).isEqualTo(new UUID(2, 2));
            assertThat(table.rows()).isEqualTo(4);
        }

        @Test
        void numberAfterIdLookUpFindsRow() {
            AgingTable table = new AgingTable(5);
            int byNumber = table.row(0, new UUID(1, 1), "EUR");
            int byId = table.row(new UUID(2, 2), "EUR");

            int numbered = table.row(1, new UUID(2, 2), "EUR");

            assertThat(numbered).isEqualTo(byId);
            assertThat(table.row(1, new UUID(2, 2), "EUR")).isEqualTo(byId);
            assertThat(table.row(0, new UUID(1, 1), "EUR")).isEqualTo(byNumber);
            assertThat(table.row(2, new UUID(3, 3), "EUR")).isEqualTo(2);
            assertThat(table.rows()).isEqualTo(3);
        }

        @Test
        void sparseNumbersGetOwnRows() {
            AgingTable table = new AgingTable(5);

            int low = table.row(1, new UUID(1, 1), "EUR");
            int high = table.row(100_000, new UUID(2, 2), "EUR");

            assertThat(high).isNotEqualTo(low);
            assertThat(table.row(100_000, new UUID(2, 2), "EUR")).isEqualTo(high);
            assertThat(table.counterparty(high)).isEqualTo(new UUID(2, 2));
        }
    }

    @Nested
    class RowColumns {

        @Test
        void counterpartyEqualsAddedId() {
            AgingTable table = new AgingTable(5);
            UUID id = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");

            int row = table.row(4, id, "EUR");

            assertThat(table.counterparty(row)).isSameAs(id);
            assertThat(table.currency(row)).isEqualTo("EUR");
        }

        @Test
        void newTableHasNoCoveredOrCredit() {
            AgingTable table = new AgingTable(5);
            int row = table.row(new UUID(7, 9), "EUR");
            table.add(row, 0, 100);
            table.addCovered(row, 0);
            table.addCredit(row, 0);

            assertThat(table.hasCovered()).isFalse();
            assertThat(table.hasCredit()).isFalse();
        }

        @Test
        void columnsReportTheirAmounts() {
            AgingTable table = new AgingTable(5);
            int row = table.row(new UUID(7, 9), "EUR");

            table.addCovered(row, 250);
            table.addCredit(row, -1);

            assertThat(table.hasCovered()).isTrue();
            assertThat(table.hasCredit()).isTrue();
            assertThat(table.covered(row)).isEqualTo(250);
            assertThat(table.credit(row)).isEqualTo(-1);
        }
    }

    @Nested
    class RowLookUp {

        @Test
        void sameKeyFindsSameRow() {
            AgingTable table = new AgingTable(5);
            UUID id = new UUID(7, 9);

            int first = table.row(id, "EUR");

            assertThat(table.row(new UUID(7, 9), "EUR")).isEqualTo(first);
            assertThat(table.rows()).isEqualTo(1);
        }

        @Test
        void otherCurrencyGetsOwnRow() {
            AgingTable table = new AgingTable(5);
            UUID id = new UUID(7, 9);

            int euro = table.row(id, "EUR");
            int lira = table.row(id, "TRY");

            assertThat(lira).isNotEqualTo(euro);
            assertThat(table.currency(lira)).isEqualTo("TRY");
            assertThat(table.counterparty(lira)).isEqualTo(id);
        }

        @Test
        void rowsSurviveTableGrowth() {
            AgingTable table = new AgingTable(3);
            List<UUID> ids = randomIds(5_000, 11);
            for (int i = 0; i < ids.size(); i++) {
                table.add(table.row(ids.get(i), "EUR"), i % 3, i);
            }

            for (int i = 0; i < ids.size(); i++) {
                int row = table.row(ids.get(i), "EUR");
                assertThat(row).isEqualTo(i);
                assertThat(table.counterparty(row)).isEqualTo(ids.get(i));
                assertThat(table.amount(row, i % 3)).isEqualTo(i);
            }
            assertThat(table.rows()).isEqualTo(5_000);
        }
    }

    @Nested
    class Currencies {

        @Test
        void indexFollowsFirstAppearance() {
            AgingTable table = new AgingTable(1);
            int usd = table.row(new UUID(1, 1), "USD");
            int eur = table.row(new UUID(2, 2), "EUR");
            int secondUsd = table.row(new UUID(3, 3), "USD");

            assertThat(table.currencyIndex(usd)).isZero();
            assertThat(table.currencyIndex(eur)).isEqualTo(1);
            assertThat(table.currencyIndex(secondUsd)).isZero();
            assertThat(table.currencyCount()).isEqualTo(2);
        }

        @Test
        void emptyTableHasNoCurrencies() {
            assertThat(new AgingTable(1).currencyCount()).isZero();
        }
    }

    @Nested
    class RowOrder {

        @Test
        void currencyCodeComesFirst() {
            AgingTable table = new AgingTable(1);
            table.row(new UUID(1, 1), "USD");
            table.row(new UUID(2, 2), "EUR");
            table.row(new UUID(3, 3), "CHF");

            int[] order = table.rowsInOrder();

            assertThat(order).containsExactly(2, 1, 0);
        }

        @Test
        void idsCompareAsUnsignedHalves() {
            AgingTable table = new AgingTable(1);
            table.row(new UUID(-1L, 0), "EUR");
            table.row(new UUID(5, -1L), "EUR");
            table.row(new UUID(5, 1), "EUR");
            table.row(new UUID(0, 0), "EUR");

            int[] order = table.rowsInOrder();

            assertThat(order).containsExactly(3, 2, 1, 0);
        }

        @Test
        void manyRowsFollowTheirText() {
            AgingTable table = new AgingTable(1);
            List<UUID> ids = randomIds(3_000, 5);
            String[] codes = {"TRY", "EUR", "JPY"};
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String code = codes[i % codes.length];
                table.row(ids.get(i), code);
                expected.add(code + " " + ids.get(i));
            }
            expected.sort(Comparator.naturalOrder());

            List<String> actual = new ArrayList<>();
            for (int row : table.rowsInOrder()) {
                actual.add(table.currency(row) + " " + table.counterparty(row));
            }

            assertThat(actual).containsExactlyElementsOf(expected);
        }

        @Test
        void closeHighHalvesFollowTheirText() {
            AgingTable table = new AgingTable(1);
            SplittableRandom random = new SplittableRandom(13);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                // High halves that differ only below the bits the radix passes sort by.
                UUID id = new UUID(random.nextLong(1L << 20), random.nextLong());
                table.row(id, "EUR");
                expected.add(id.toString());
            }
            expected.sort(Comparator.naturalOrder());

            List<String> actual = new ArrayList<>();
            for (int row : table.rowsInOrder()) {
                actual.add(table.counterparty(row).toString());
            }

            assertThat(actual).containsExactlyElementsOf(expected);
        }

        @Test
        void sharedHighHalvesFollowTheirText() {
            AgingTable table = new AgingTable(1);
            SplittableRandom random = new SplittableRandom(9);
            String[] codes = {"USD", "EUR"};
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                // Seven high halves, two of them negative, so most rows share a high half.
                UUID id = new UUID(random.nextInt(7) - 2, random.nextLong());
                String code = codes[random.nextInt(codes.length)];
                table.row(id, code);
                expected.add(code + " " + id);
            }
            expected.sort(Comparator.naturalOrder());

            List<String> actual = new ArrayList<>();
            for (int row : table.rowsInOrder()) {
                actual.add(table.currency(row) + " " + table.counterparty(row));
            }

            assertThat(actual).containsExactlyElementsOf(expected);
        }

        @Test
        void sequentialIdsFollowTheirText() {
            AgingTable table = new AgingTable(1);
            List<String> expected = new ArrayList<>();
            for (int i = 600; i > 0; i--) {
                UUID id = new UUID(0, i);
                table.row(id, "TRY");
                expected.add(id.toString());
            }
            expected.sort(Comparator.naturalOrder());

            List<String> actual = new ArrayList<>();
            for (int row : table.rowsInOrder()) {
                actual.add(table.counterparty(row).toString());
            }

            assertThat(actual).containsExactlyElementsOf(expected);
        }

        @Test
        void emptyTableHasNoRows() {
            assertThat(new AgingTable(2).rowsInOrder()).isEmpty();
        }
    }

    static List<UUID> randomIds(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return ids;
    }
}
