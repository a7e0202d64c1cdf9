package io.github.tahsilat.dunning;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The text form of a {@link PolicyBook}, which {@link #parse} reads and {@link #print} writes.
 * Printing a parsed book and parsing it again gives an equal book.
 *
 * <p>The text contains the book's policies in the form of {@link PolicyText}, each from its {@code
 * policy NAME} line to the next one. Three assignment statements, each on a line of its own, may
 * stand anywhere in the text:
 *
 * <pre>{@code
 * default standard                                         # exactly once
 * segment RETAIL gentle                                    # at most once per segment code
 * counterparty 6f1c2a3e-1b7d-4c55-9a0e-3f2b8d4c9e71 strict  # at most once per counterparty id
 *
 * policy standard
 * level 1 after 7 days
 * policy gentle
 * level 1 after 14 days
 * policy strict
 * level 1 after 1 days fee fixed TRY 250.00 per-notice
 * }</pre>
 *
 * <p>Each assignment names a policy of the text. Policy names are unique within the text, and a
 * policy that no statement assigns is rejected, because the book could not keep it. Error positions
 * are lines and columns of the whole text. Stateless and thread-safe.
 */
public final class PolicyBookText {

    private static final Set<String> ASSIGNMENTS = Set.of("default", "segment", "counterparty");

    private PolicyBookText() {}

    /** One word of a line, with its column from 1. */
    private record Token(String text, int column) {}

    /** One assignment statement: its line, its target (empty for the default) and its policy. */
    private record Assignment(int line, Token keyword, Token target, Token policy) {}

    /**
     * Parses the text form into a book.
     *
     * @throws PolicySyntaxException if a policy or an assignment does not follow the format, a
     *     policy name repeats, or an assignment names no policy of the text. Also if the default is
     *     missing or repeated, a segment code or counterparty id is invalid or repeated, or no
     *     statement assigns a policy. The exception names the line, the column and what was
     *     expected.
     * @throws InvalidInputException if {@code text} is {@code null}
     */
    public static PolicyBook parse(String text) {
        InputChecks.present(text, "text", "the text form of a dunning policy book");
        String[] lines = text.split("\r?\n", -1);
        List<Assignment> assignments = new ArrayList<>();
        List<List<Integer>> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<Token> tokens = tokenize(lines[i]);
            if (tokens.isEmpty()) {
                continue;
            }
            Token keyword = tokens.get(0);
            if (ASSIGNMENTS.contains(keyword.text())) {
                assignments.add(assignment(i + 1, lines[i], tokens));
            } else if (keyword.text().equals("policy")) {
                blocks.add(new ArrayList<>(List.of(i)));
            } else if (blocks.isEmpty()) {
                throw new PolicySyntaxException(
                        i + 1,
                        keyword.column(),
                        "'policy NAME' or an assignment (default, segment, counterparty)",
                        "'" + keyword.text() + "'");
            } else {
                blocks.get(blocks.size() - 1).add(i);
            }
        }
        Map<String, DunningPolicy> policies = new LinkedHashMap<>();
        Map<String, Integer> policyLines = new LinkedHashMap<>();
        for (List<Integer> block : blocks) {
            DunningPolicy policy = PolicyText.parse(blockText(lines, block));
            int line = block.get(0) + 1;
            if (policies.putIfAbsent(policy.name(), policy) != null) {
                throw new PolicySyntaxException(
                        line,
                        column(lines[block.get(0)], policy.name()),
                        "a policy name not used before in the text",
                        "'" + policy.name() + "'");
            }
            policyLines.put(policy.name(), line);
        }
        return book(assignments, policies, policyLines, lines.length);
    }

    private static Assignment assignment(int line, String text, List<Token> tokens) {
        Token keyword = tokens.get(0);
        boolean isDefault = keyword.text().equals("default");
        int expectedSize = isDefault ? 2 : 3;
        if (tokens.size() != expectedSize) {
            String expected =
                    switch (keyword.text()) {
                        case "default" -> "'default POLICY'";
                        case "segment" -> "'segment CODE POLICY'";
                        default -> "'counterparty ID POLICY'";
                    };
            if (tokens.size() > expectedSize) {
                Token extra = tokens.get(expectedSize);
                throw new PolicySyntaxException(
                        line, extra.column(), expected, "'" + extra.text() + "'");
            }
            int end = text.stripTrailing().length() + 1;
            throw new PolicySyntaxException(line, end, expected, "end of line");
        }
        Token target = isDefault ? null : tokens.get(1);
        return new Assignment(line, keyword, target, tokens.get(expectedSize - 1));
    }

    private static PolicyBook book(
            List<Assignment> assignments,
            Map<String, DunningPolicy> policies,
            Map<String, Integer> policyLines,
            int lastLine) {
        DunningPolicy defaultPolicy = null;
        Map<String, DunningPolicy> bySegment = new LinkedHashMap<>();
        Map<CounterpartyId, DunningPolicy> byCounterparty = new LinkedHashMap<>();
        Set<String> assigned = new TreeSet<>();
        for (Assignment assignment : assignments) {
            DunningPolicy policy = policies.get(assignment.policy().text());
            if (policy == null) {
                throw error(assignment, assignment.policy(), "the name of a policy in the text");
            }
            assigned.add(policy.name());
            switch (assignment.keyword().text()) {
                case "default" -> {
                    if (defaultPolicy != null) {
                        throw error(assignment, assignment.keyword(), "one 'default' statement");
                    }
                    defaultPolicy = policy;
                }
                case "segment" -> {
                    String code = assignment.target().text();
                    if (!code.matches(Counterparty.SEGMENT_PATTERN)) {
                        throw error(
                                assignment,
                                assignment.target(),
                                "a segment code of letters, digits, dots, hyphens or underscores");
                    }
                    if (bySegment.putIfAbsent(code, policy) != null) {
                        throw error(
                                assignment, assignment.target(), "a segment not assigned before");
                    }
                }
                default -> {
                    CounterpartyId id = counterparty(assignment);
                    if (byCounterparty.putIfAbsent(id, policy) != null) {
                        throw error(
                                assignment,
                                assignment.target(),
                                "a counterparty not assigned before");
                    }
                }
            }
        }
        if (defaultPolicy == null) {
            throw new PolicySyntaxException(
                    lastLine, 1, "a 'default POLICY' statement", "end of text");
        }
        for (Map.Entry<String, Integer> policy : policyLines.entrySet()) {
            if (!assigned.contains(policy.getKey())) {
                throw new PolicySyntaxException(
                        policy.getValue(),
                        1,
                        "a policy that the default or an assignment names",
                        "policy '" + policy.getKey() + "' assigned to nothing");
            }
        }
        return new PolicyBook(defaultPolicy, bySegment, byCounterparty);
    }

    private static CounterpartyId counterparty(Assignment assignment) {
        String text = assignment.target().text();
        // UUID.fromString of JDK 17 accepts short groups such as 1-2-3-4-5, so check the form.
        if (!text.matches("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")) {
            throw error(
                    assignment,
                    assignment.target(),
                    "a counterparty id such as 6f1c2a3e-1b7d-4c55-9a0e-3f2b8d4c9e71");
        }
        return new CounterpartyId(UUID.fromString(text));
    }

    private static PolicySyntaxException error(
            Assignment assignment, Token token, String expected) {
        return new PolicySyntaxException(
                assignment.line(), token.column(), expected, "'" + token.text() + "'");
    }

    /**
     * Returns the text up to the block's last line with every line outside the block blank, so the
     * policy parser reports the line numbers of the whole text.
     */
    private static String blockText(String[] lines, List<Integer> block) {
        Set<Integer> own = Set.copyOf(block);
        int last = block.get(block.size() - 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            if (own.contains(i)) {
                text.append(lines[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static int column(String line, String word) {
        int index = line.indexOf(word, line.indexOf("policy") + "policy".length());
        return index < 0 ? 1 : index + 1;
    }

    private static List<Token> tokenize(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#') {
                break;
            }
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && " \t#".indexOf(line.charAt(i)) < 0) {
                i++;
            }
            tokens.add(new Token(line.substring(start, i), start + 1));
        }
        return tokens;
    }

    /**
     * Prints {@code book} in the text form: the assignments, the default first, then segments by
     * code and counterparties by id, then each policy once, in the order of {@link
     * PolicyBook#policies()}.
     *
     * @throws InvalidInputException if {@code book} is {@code null}, or two different policies of
     *     the book have the same name, which the text form could not tell apart
     */
    public static String print(PolicyBook book) {
        InputChecks.present(book, "book", "a dunning policy book");
        Map<String, DunningPolicy> byName = new LinkedHashMap<>();
        for (DunningPolicy policy : book.policies()) {
            DunningPolicy other = byName.putIfAbsent(policy.name(), policy);
            if (other != null) {
                throw new InvalidInputException(
                        "book",
                        "two policies named " + policy.name(),
                        "a distinct name for each different policy in the book");
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("default ").append(book.defaultPolicy().name()).append('\n');
        book.bySegment().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e ->
                                out.append("segment ")
                                        .append(e.getKey())
                                        .append(' ')
                                        .append(e.getValue().name())
                                        .append('\n'));
        book.byCounterparty().entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().value().toString()))
                .forEach(
                        e ->
                                out.append("counterparty ")
                                        .append(e.getKey().value())
                                        .append(' ')
                                        .append(e.getValue().name())
                                        .append('\n'));
        for (DunningPolicy policy : byName.values()) {
            out.append('\n').append(PolicyText.print(policy));
        }
        return out.toString();
    }
}
