package io.github.tahsilat.payment;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A payment received from or paid to a counterparty.
 *
 * <p>{@code amount} is what the payment settles on the counterparty's account. {@code charges} are
 * bank charges or card commission deducted on the way, booked as the company's expense and apart
 * from the counterparty's debt: 1,000.00 settled that arrives as 985.00 after a 15.00 commission
 * has {@code amount} 1,000.00 and {@code charges} 15.00. Whether a deduction settles the debt is
 * the host's decision; when it does not, record the amount that arrived and no charges.
 *
 * <p>The idempotency key is the request's natural key, such as the bank's transaction id or a POS
 * receipt id. Recording a payment whose key is already recorded with the same content ({@link
 * #sameContentAs}) returns the first result, and with other content fails.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the payment's id
 * @param companyId the company whose books record it
 * @param counterpartyId the customer who paid or the supplier who was paid
 * @param direction received or paid
 * @param valueDate the day the money moved, which decides the early-payment discounts
 * @param amount the amount settled, greater than zero
 * @param charges bank charges or commission deducted, zero or more and below {@code amount}
 * @param method how it was paid
 * @param remittance the payer's remittance text as received, possibly empty
 * @param actor the user id or job name that recorded it
 * @param idempotencyKey the request's natural key, or empty
 */
public record Payment(
        @NotNull PaymentId id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull PaymentDirection direction,
        @NotNull LocalDate valueDate,
        @NotNull MonetaryAmount amount,
        @NotNull MonetaryAmount charges,
        @NotNull PaymentMethod method,
        @NotNull @Size(max = MAX_REMITTANCE) String remittance,
        @NotBlank @Size(max = MAX_ACTOR) String actor,
        @NotNull Optional<@NotBlank @Size(max = MAX_KEY) String> idempotencyKey) {

    /** The maximum length of the remittance text, in chars. */
    public static final int MAX_REMITTANCE = 1000;

    /** The maximum length of the actor id, in chars. */
    public static final int MAX_ACTOR = 200;

    /** The maximum length of the idempotency key, in chars. */
    public static final int MAX_KEY = 200;

    /**
     * Checks every component.
     *
     * @throws InvalidInputException if a component is missing, the amount is not greater than zero,
     *     the charges are negative or not below the amount, an amount is not rounded to the minor
     *     unit, or a text is blank or too long
     * @throws CurrencyMismatchException if the charges are in another currency than the amount
     */
    public Payment {
        InputChecks.present(id, "id", "a payment id");
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(direction, "direction", "RECEIVED or PAID");
        InputChecks.present(valueDate, "valueDate", "the value date");
        MinorAmount settled = AmountChecks.positive("amount", amount);
        MinorAmount deducted = AmountChecks.nonNegative("charges", charges);
        AmountChecks.inCurrency("deduct", deducted, settled.currency());
        if (deducted.compareTo(settled) >= 0) {
            throw new InvalidInputException(
                    "charges", charges, "charges below the amount " + amount);
        }
        InputChecks.present(method, "method", "a payment method such as BANK_TRANSFER");
        InputChecks.present(remittance, "remittance", "the remittance text, possibly empty");
        if (remittance.length() > MAX_REMITTANCE) {
            throw new InvalidInputException(
                    "remittance",
                    InputChecks.redacted(remittance),
                    "at most " + MAX_REMITTANCE + " characters");
        }
        InputChecks.text(actor, "actor", MAX_ACTOR);
        InputChecks.present(idempotencyKey, "idempotencyKey", "a key or empty");
        idempotencyKey.ifPresent(key -> InputChecks.text(key, "idempotencyKey", MAX_KEY));
    }

    /** Returns a builder for a payment with a random id, no charges and no remittance text. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the currency of the amount and the charges. */
    public CurrencyUnit currency() {
        return amount.getCurrency();
    }

    /** Returns the money that arrived or left: the amount less the charges. */
    public MonetaryAmount netAmount() {
        return amount.subtract(charges);
    }

    /**
     * Returns whether {@code other} is the same request: every component equal except the id.
     * Amounts compare by value, so 100.0 and 100.00 are the same.
     */
    public boolean sameContentAs(Payment other) {
        return other != null
                && companyId.equals(other.companyId)
                && counterpartyId.equals(other.counterpartyId)
                && direction == other.direction
                && valueDate.equals(other.valueDate)
                && amount.isEqualTo(other.amount)
                && amount.getCurrency().equals(other.amount.getCurrency())
                && charges.isEqualTo(other.charges)
                && method == other.method
                && remittance.equals(other.remittance)
                && actor.equals(other.actor)
                && idempotencyKey.equals(other.idempotencyKey);
    }

    /** Returns the id, direction, value date and amount, leaving out the remittance text. */
    @Override
    public String toString() {
        return "Payment[id="
                + id
                + ", direction="
                + direction
                + ", valueDate="
                + valueDate
                + ", amount="
                + amount
                + ", charges="
                + charges
                + ", method="
                + method
                + "]";
    }

    /**
     * Collects the fields of a payment. Not thread-safe. Every setter returns this builder, and
     * {@link #build()} checks every field.
     */
    public static final class Builder {
        private PaymentId id = PaymentId.random();
        private CompanyId companyId;
        private CounterpartyId counterpartyId;
        private PaymentDirection direction = PaymentDirection.RECEIVED;
        private LocalDate valueDate;
        private MonetaryAmount amount;
        private MonetaryAmount charges;
        private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
        private String remittance = "";
        private String actor;
        private Optional<String> idempotencyKey = Optional.empty();

        private Builder() {}

        /** Sets the id; a random one by default. */
        public Builder id(PaymentId id) {
            this.id = id;
            return this;
        }

        /** Sets the company, required. */
        public Builder companyId(CompanyId companyId) {
            this.companyId = companyId;
            return this;
        }

        /** Sets the counterparty, required. */
        public Builder counterpartyId(CounterpartyId counterpartyId) {
            this.counterpartyId = counterpartyId;
            return this;
        }

        /** Sets the direction; {@link PaymentDirection#RECEIVED} by default. */
        public Builder direction(PaymentDirection direction) {
            this.direction = direction;
            return this;
        }

        /** Sets the value date, required. */
        public Builder valueDate(LocalDate valueDate) {
            this.valueDate = valueDate;
            return this;
        }

        /** Sets the amount settled, required. */
        public Builder amount(MonetaryAmount amount) {
            this.amount = amount;
            return this;
        }

        /** Sets the charges deducted; zero in the amount's currency by default. */
        public Builder charges(MonetaryAmount charges) {
            this.charges = charges;
            return this;
        }

        /** Sets the method; {@link PaymentMethod#BANK_TRANSFER} by default. */
        public Builder method(PaymentMethod method) {
            this.method = method;
            return this;
        }

        /** Sets the remittance text; empty by default. */
        public Builder remittance(String remittance) {
            this.remittance = remittance;
            return this;
        }

        /** Sets the user id or job name that records the payment, required. */
        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        /** Sets the idempotency key; none by default. */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = Optional.ofNullable(idempotencyKey);
            return this;
        }

        /**
         * Checks every field and returns the payment.
         *
         * @throws InvalidInputException if a field breaks a rule of {@link Payment}
         * @throws CurrencyMismatchException if the charges are in another currency than the amount
         */
        public Payment build() {
            MonetaryAmount deducted = charges;
            if (deducted == null && amount != null) {
                deducted = MinorAmount.zero(amount.getCurrency()).toMonetaryAmount();
            }
            return new Payment(
                    id,
                    companyId,
                    counterpartyId,
                    direction,
                    valueDate,
                    amount,
                    deducted,
                    method,
                    remittance,
                    actor,
                    idempotencyKey);
        }
    }
}
