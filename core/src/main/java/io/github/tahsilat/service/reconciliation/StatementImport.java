package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.reconciliation.BankLine;
import java.util.List;

/**
 * One statement or notification of a company's bank account, to reconcile. Immutable and
 * thread-safe.
 *
 * @param companyId the company whose account the statement is of
 * @param statementId the statement's id as the bank gives it (camt {@code Stmt/Id} or MT940 field
 *     20 with 28C), 1 to {@value #MAX_STATEMENT_ID_LENGTH} characters, not blank; stored with each
 *     entry it books
 * @param lines the statement's booked lines in the file's order, possibly none. Identical lines are
 *     distinguished by their position among equal lines, so pass one whole statement per import.
 */
public record StatementImport(CompanyId companyId, String statementId, List<BankLine> lines) {

    /** The maximum length of {@link #statementId()}. */
    public static final int MAX_STATEMENT_ID_LENGTH = 140;

    /**
     * Checks every part and copies the lines.
     *
     * @throws InvalidInputException if a part or a line is {@code null}, or the statement id is
     *     blank or longer than 140 characters
     */
    public StatementImport {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.text(statementId, "statementId", MAX_STATEMENT_ID_LENGTH);
        lines = List.copyOf(InputChecks.present(lines, "lines", "a list of bank lines"));
    }
}
