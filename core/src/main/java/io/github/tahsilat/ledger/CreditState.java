package io.github.tahsilat.ledger;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import java.time.LocalDate;
import java.util.UUID;

/** One source of credit and what became of it; immutable. */
record CreditState(
        UUID sourceId,
        CreditSourceKind kind,
        Direction side,
        LocalDate valueDate,
        MinorAmount amount,
        MinorAmount applied,
        MinorAmount refunded,
        MinorAmount writtenOff) {

    MinorAmount unapplied() {
        return amount.minus(applied).minus(refunded).minus(writtenOff);
    }

    CreditState plus(
            MinorAmount moreApplied, MinorAmount moreRefunded, MinorAmount moreWrittenOff) {
        return new CreditState(
                sourceId,
                kind,
                side,
                valueDate,
                amount,
                applied.plus(moreApplied),
                refunded.plus(moreRefunded),
                writtenOff.plus(moreWrittenOff));
    }

    CreditBalance balance() {
        return new CreditBalance(
                sourceId,
                kind,
                side,
                valueDate,
                amount.toMonetaryAmount(),
                applied.toMonetaryAmount(),
                refunded.toMonetaryAmount(),
                writtenOff.toMonetaryAmount(),
                unapplied().toMonetaryAmount());
    }
}
