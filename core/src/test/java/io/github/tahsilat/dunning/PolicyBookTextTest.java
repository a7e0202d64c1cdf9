package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyBookTextTest {

    private static final CounterpartyId OVERRIDDEN =
            new CounterpartyId(UUID.fromString("6f1c2a3e-1b7d-4c55-9a0e-3f2b8d4c9e71"));

    static final String BOOK =
            """
            # which policy each customer gets
            default standard
            segment RETAIL gentle
            counterparty 6f1c2a3e-1b7d-4c55-9a0e-3f2b8d4c9e71 strict

            policy standard
            level 1 after 7 days
            level 2 after 21 days fee fixed TRY 150.00 per-notice

            policy gentle
            grace 5 days
            level 1 after 14 days

            policy strict
            level 1 after 1 days fee fixed TRY 250.00 per-notice
            segment WHOLESALE strict
            """;

    @Nested
    class Parse {

        @Test
        void assignmentsNamePolicies() {
            PolicyBook book = PolicyBookText.parse(BOOK);

            assertThat(book.defaultPolicy().name()).isEqualTo("standard");
            assertThat(book.defaultPolicy().levels()).hasSize(2);
            assertThat(book.bySegment()).containsOnlyKeys("RETAIL", "WHOLESALE");
            assertThat(book.bySegment().get("RETAIL").name()).isEqualTo("gentle");
            assertThat(book.bySegment().get("RETAIL").graceDays()).isEqualTo(5);
            assertThat(book.bySegment().get("WHOLESALE").name()).isEqualTo("strict");
            assertThat(book.byCounterparty()).containsOnlyKeys(OVERRIDDEN);
            assertThat(book.byCounterparty().get(OVERRIDDEN).name()).isEqualTo("strict");
        }

        @Test
        void policiesEqualOwnTextForm() {
            PolicyBook book = PolicyBookText.parse(BOOK);

            assertThat(book.byCounterparty().get(OVERRIDDEN))
                    .isEqualTo(
                            PolicyText.parse(
                                    "policy strict\n"
                                            + "level 1 after 1 days fee fixed TRY 250.00"
                                            + " per-notice\n"));
        }

        @Test
        void printThenParseGivesEqualBook() {
            PolicyBook book = PolicyBookText.parse(BOOK);

            PolicyBook again = PolicyBookText.parse(PolicyBookText.print(book));

            assertThat(again).isEqualTo(book);
        }

        @Test
        void printListsAssignmentsFirst() {
            String printed = PolicyBookText.print(PolicyBookText.parse(BOOK));

            assertThat(printed)
                    .startsWith(
                            "default standard\n"
                                    + "segment RETAIL gentle\n"
                                    + "segment WHOLESALE strict\n"
                                    + "counterparty 6f1c2a3e-1b7d-4c55-9a0e-3f2b8d4c9e71 strict\n"
                                    + "\npolicy standard\n");
        }
    }

    @Nested
    class Errors {

        private static final String TWO_POLICIES =
                "policy a\nlevel 1 after 7 days\npolicy b\nlevel 1 after 9 days\n";

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                textBlock =
                        """
                        grace 3 days                  | 1 | 1
                        default c                     | 1 | 9
                        default a b                   | 1 | 11
                        segment RETAIL                | 1 | 15
                        segment RET/AIL b             | 1 | 9
                        counterparty 1-2-3-4-5 b      | 1 | 14
                        """)
        void assignmentLinesRejected(String first, int line, int column) {
            String text = first + "\ndefault a\nsegment X b\n" + TWO_POLICIES;

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOfSatisfying(
                            PolicySyntaxException.class,
                            e -> {
                                assertThat(e.line()).isEqualTo(line);
                                assertThat(e.column()).isEqualTo(column);
                            });
        }

        @Test
        void secondDefaultRejected() {
            String text = "default a\nsegment X b\ndefault b\n" + TWO_POLICIES;

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOf(PolicySyntaxException.class)
                    .hasMessageContaining("line 3, column 1")
                    .hasMessageContaining("one 'default' statement");
        }

        @Test
        void missingDefaultRejected() {
            String text = "segment X a\nsegment Y b\n" + TWO_POLICIES;

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOf(PolicySyntaxException.class)
                    .hasMessageContaining("a 'default POLICY' statement");
        }

        @Test
        void repeatedPolicyNameRejected() {
            String text =
                    "default a\npolicy a\nlevel 1 after 7 days\n"
                            + "policy a\nlevel 1 after 9 days\n";

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOfSatisfying(
                            PolicySyntaxException.class,
                            e -> {
                                assertThat(e.line()).isEqualTo(4);
                                assertThat(e.column()).isEqualTo(8);
                            });
        }

        @Test
        void unassignedPolicyRejected() {
            String text = "default a\n" + TWO_POLICIES;

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOf(PolicySyntaxException.class)
                    .hasMessageContaining("line 4, column 1")
                    .hasMessageContaining("policy 'b' assigned to nothing");
        }

        @Test
        void policyErrorKeepsTextLine() {
            String text = "default a\nsegment X b\n" + TWO_POLICIES.replace("9 days", "9 weeks");

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOfSatisfying(
                            PolicySyntaxException.class, e -> assertThat(e.line()).isEqualTo(6));
        }

        @Test
        void repeatedSegmentRejected() {
            String text = "default a\nsegment X b\nsegment X a\n" + TWO_POLICIES;

            assertThatThrownBy(() -> PolicyBookText.parse(text))
                    .isInstanceOf(PolicySyntaxException.class)
                    .hasMessageContaining("line 3, column 9")
                    .hasMessageContaining("a segment not assigned before");
        }

        @Test
        void sharedNameNotPrinted() {
            PolicyBook book =
                    PolicyBook.builder(PolicyText.parse("policy a\nlevel 1 after 7 days\n"))
                            .segment("X", PolicyText.parse("policy a\nlevel 1 after 9 days\n"))
                            .build();

            assertThatThrownBy(() -> PolicyBookText.print(book))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("two policies named a");
        }
    }
}
