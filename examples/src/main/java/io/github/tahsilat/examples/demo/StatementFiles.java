package io.github.tahsilat.examples.demo;

import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementReaders;
import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.reconciliation.BankLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The company's daily camt.053 files in one folder: writes a business day's entries as one file,
 * with one statement per account and the balances carried from day to day, and reads a file back
 * through the {@code bank-statements} module. Not thread-safe.
 */
final class StatementFiles {

    /**
     * A day's statement entries, read back from the file.
     *
     * @param lines the bank lines for the reconciliation, every account's in one list, so that one
     *     import matches the day
     * @param collectedInstruments the serial numbers of the cheques and notes the bank collected
     */
    record DayEntries(List<BankLine> lines, List<String> collectedInstruments) {}

    private final Path folder;
    private final String owner;
    private final Map<CurrencyUnit, BankAccount> accounts;
    private final Map<CurrencyUnit, MonetaryAmount> balances = new LinkedHashMap<>();
    private final StatementReaders readers = StatementReaders.builtIn();
    private int written;

    /**
     * Creates the folder's writer and reader.
     *
     * @param owner the account owner's name written in every statement
     * @param bankAccounts the company's accounts, of which the first of each currency receives the
     *     entries in that currency
     */
    StatementFiles(Path folder, String owner, List<BankAccount> bankAccounts) {
        this.folder = folder;
        this.owner = owner;
        this.accounts = Camt053Writer.byCurrency(bankAccounts);
        accounts.keySet().forEach(currency -> balances.put(currency, Money.zero(currency)));
    }

    /**
     * Creates the folder if it is missing.
     *
     * @throws UncheckedIOException if it cannot be created
     */
    void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to create folder " + folder, e);
        }
    }

    /** Returns the currencies of the company's accounts, in the order of its accounts. */
    Set<CurrencyUnit> currencies() {
        return accounts.keySet();
    }

    /** Returns the number of files written. */
    int written() {
        return written;
    }

    /**
     * Writes the day's entries to {@code camt053-DATE.xml}, replacing it, and returns its path.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    Path write(LocalDate date, List<PlannedEntry> entries) {
        List<Camt053Writer.AccountDay> days = new ArrayList<>();
        for (Map.Entry<CurrencyUnit, BankAccount> account : accounts.entrySet()) {
            List<PlannedEntry> ofAccount =
                    entries.stream()
                            .filter(entry -> entry.amount().getCurrency().equals(account.getKey()))
                            .toList();
            Camt053Writer.AccountDay accountDay =
                    new Camt053Writer.AccountDay(
                            account.getValue(), balances.get(account.getKey()), ofAccount);
            balances.put(account.getKey(), accountDay.closing());
            days.add(accountDay);
        }
        Path file = folder.resolve("camt053-" + date + ".xml");
        written++;
        Camt053Writer.write(file, date, owner, written, days);
        return file;
    }

    /**
     * Reads a file's statements through the {@code bank-statements} module. A collected cheque
     * (family RCHQ) or promissory note (DRFT) pays an instrument that already covers its invoices
     * provisionally. So it is returned apart, by the serial number that ends its remittance text,
     * and not as a bank line, because the reconciliation would book it as a second payment.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    DayEntries read(Path file) {
        List<BankLine> lines = new ArrayList<>();
        List<String> collected = new ArrayList<>();
        for (Statement statement : readers.readAll(file)) {
            for (Entry entry : statement.entries()) {
                if (!entry.isBooked()) {
                    continue;
                }
                String family = entry.bankTransactionCode().family();
                if ("RCHQ".equals(family) || "DRFT".equals(family)) {
                    List<String> text = entry.details().get(0).unstructuredRemittance();
                    String remittance = text.get(text.size() - 1).strip();
                    collected.add(remittance.substring(remittance.lastIndexOf(' ') + 1));
                } else {
                    lines.addAll(BankLineMapper.map(statement.header(), entry));
                }
            }
        }
        return new DayEntries(lines, collected);
    }
}
