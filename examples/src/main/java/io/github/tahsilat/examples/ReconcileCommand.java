package io.github.tahsilat.examples;

import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementFormatException;
import io.github.tahsilat.bankstatement.StatementReaders;
import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchRule;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Matches the booked lines of a bank statement file against open items from a CSV file with the
 * library's default match settings, and prints which lines are matched, suggested or unmatched.
 *
 * <p>All lines of the file, from every statement in it, are matched as one batch, so that no
 * invoice receives more than its outstanding amount across the file.
 */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = {
            "Matches a bank statement (camt.052, camt.053, camt.054 or MT940) against open items"
                    + " and prints the matched, suggested and unmatched lines with the rules that"
                    + " fired and the score.",
            "Entries are numbered from 1 in the file's order of booked entries; a batch entry"
                    + " whose transactions carry their own amounts counts once per transaction.",
            "Exit codes: 0 done, 1 a file is missing or invalid, 2 the command line is invalid."
        })
final class ReconcileCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileCommand.class);

    @Option(
            names = "--statement",
            required = true,
            paramLabel = "FILE",
            description = "The bank statement file: camt.052, camt.053, camt.054 or MT940.")
    Path statement;

    @Option(
            names = "--open-items",
            required = true,
            paramLabel = "CSV",
            description =
                    "The open items as UTF-8 CSV with the header invoiceNumber,counterpartyId,name,"
                            + "iban,taxId,currency,dueDate,outstanding; dueDate as YYYY-MM-DD,"
                            + " outstanding with a dot; iban and taxId may be empty.")
    Path openItems;

    @Mixin ReportOptions output;

    @Override
    public Integer call() {
        List<BankLine> lines = readLines(statement);
        List<OpenItemCandidate> items = OpenItemsCsv.read(openItems);
        LOG.debug("Read {} bank lines and {} open items", lines.size(), items.size());

        OpenItemIndex index = new OpenItemIndex();
        items.forEach(index::put);
        MatchResult result = new BankLineMatcher(index, MatchSettings.defaults()).match(lines);
        ReconcileReport report = ReconcileReport.of(lines, result);

        output.print(() -> JsonReport.write(report), out -> TextReport.write(report, out));
        return 0;
    }

    /**
     * Adds the default rules, the auto-apply threshold and the tolerance to the help of {@code
     * reconcile}, from the library's defaults so that the help cannot drift from them.
     */
    static void describeDefaults(CommandLine reconcile) {
        MatchSettings defaults = MatchSettings.defaults();
        List<String> footer = new ArrayList<>();
        footer.add("");
        footer.add("Default rules, run in this order:");
        int number = 1;
        for (MatchRule rule : defaults.rules()) {
            footer.add("  " + number++ + ". " + rule.name());
        }
        footer.add(
                "Auto-apply threshold: "
                        + defaults.autoApplyThreshold()
                        + " (a proposal with at least this score, supported by a reference, an"
                        + " invoice number or the counterparty, is MATCHED; any other is"
                        + " SUGGESTED).");
        footer.add(
                "Tolerance: "
                        + (defaults.tolerances().isEmpty()
                                ? "0 in every currency (a full payment must equal the open"
                                        + " amount)."
                                : defaults.tolerances().toString()));
        footer.add(""); // ends the help with a line break
        reconcile.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }

    private static List<BankLine> readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandInputException("statement file not found: " + file);
        }
        List<Statement> statements;
        try {
            statements = StatementReaders.builtIn().readAll(file);
        } catch (StatementFormatException e) {
            throw new CommandInputException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new CommandInputException(
                    "failed to read statement file "
                            + file
                            + ": "
                            + CommandInputException.reason(e.getCause()),
                    e);
        }
        List<BankLine> lines = new ArrayList<>();
        for (Statement current : statements) {
            int position = 0;
            for (Entry entry : current.entries()) {
                position++;
                if (!entry.isBooked()) {
                    continue;
                }
                try {
                    lines.addAll(BankLineMapper.map(current.header(), entry));
                } catch (InvalidInputException e) {
                    throw new CommandInputException(
                            "invalid bank statement "
                                    + file.getFileName()
                                    + ", statement "
                                    + current.header().statementId()
                                    + ", entry "
                                    + position
                                    + ": "
                                    + e.getMessage(),
                            e);
                }
            }
        }
        return List.copyOf(lines);
    }
}
