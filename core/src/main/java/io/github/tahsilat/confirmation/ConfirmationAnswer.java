package io.github.tahsilat.confirmation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The counterparty's answer to a balance confirmation, in the company's sign: a positive balance is
 * what the counterparty says it owes the company.
 *
 * @param status agreed or disagreed
 * @param theirBalance the balance in the counterparty's books
 * @param theirLines the documents the counterparty listed, possibly empty
 * @param answeredOn the date of the answer
 * @param respondent who answered, as the host records it, not blank
 */
public record ConfirmationAnswer(
        @NotNull AnswerStatus status,
        @NotNull MonetaryAmount theirBalance,
        @NotNull List<@NotNull ConfirmationLine> theirLines,
        @NotNull LocalDate answeredOn,
        @NotBlank String respondent) {

    /**
     * Checks the components and copies the lines.
     *
     * @throws InvalidInputException if a component is missing, the balance is not rounded to the
     *     minor unit, or the respondent is blank
     */
    public ConfirmationAnswer {
        InputChecks.present(status, "status", "AGREED or DISAGREED");
        AmountChecks.exact("theirBalance", theirBalance);
        theirLines =
                List.copyOf(
                        InputChecks.present(theirLines, "theirLines", "a list, possibly empty"));
        InputChecks.present(answeredOn, "answeredOn", "the date of the answer");
        InputChecks.personalText(respondent, "respondent", 200);
    }
}
