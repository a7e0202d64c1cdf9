package io.github.tahsilat.bankstatement;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * What a statement says about itself and its account. Parts that the file leaves out are {@code
 * null}.
 *
 * @param kind the kind of message, never {@code null}
 * @param messageVersion the message and version, for example {@code "camt.053.001.08"} or {@code
 *     "MT940"}, never {@code null}
 * @param messageId the message id of the group header ({@code GrpHdr/MsgId}); {@code null} for
 *     MT940
 * @param statementId the statement id ({@code Stmt/Id}; MT940 {@code :20:})
 * @param sequenceNumber the electronic sequence number ({@code ElctrncSeqNb}; MT940 the statement
 *     number of {@code :28C:}), as written
 * @param creationDateTime the creation date-time as written, without shifting it to any zone
 * @param creationOffset the offset written with {@code creationDateTime}, or {@code null}
 * @param accountIban the account's IBAN
 * @param accountOtherId the account's identifier when it is not an IBAN
 * @param accountCurrency the account currency as the file states it
 * @param accountOwnerName the account owner's name
 * @param servicerBic the BIC of the bank that keeps the account
 * @param periodFrom the start of the period the statement covers, as written
 * @param periodTo the end of the period the statement covers, as written
 */
public record StatementHeader(
        StatementKind kind,
        String messageVersion,
        String messageId,
        String statementId,
        String sequenceNumber,
        LocalDateTime creationDateTime,
        ZoneOffset creationOffset,
        String accountIban,
        String accountOtherId,
        CurrencyUnit accountCurrency,
        String accountOwnerName,
        String servicerBic,
        LocalDateTime periodFrom,
        LocalDateTime periodTo) {

    /**
     * Creates a header.
     *
     * @throws NullPointerException when {@code kind} or {@code messageVersion} is null
     */
    public StatementHeader {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageVersion, "messageVersion");
    }

    /** Returns the IBAN when there is one, otherwise the other account id, or {@code null}. */
    public String accountId() {
        return accountIban != null ? accountIban : accountOtherId;
    }
}
