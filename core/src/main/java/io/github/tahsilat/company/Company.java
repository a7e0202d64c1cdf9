package io.github.tahsilat.company;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.MersisNumber;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A company: the legal entity whose receivables the library keeps, with its settings, legal
 * identifiers and bank accounts.
 *
 * <p>Bank accounts are kept in the given order, and no IBAN appears twice. Build one with {@link
 * #builder()}. Immutable and thread-safe when the settings' calendar is.
 *
 * @param id the company's identifier, never {@code null}
 * @param legalName the registered name (ticaret unvanı), not blank, at most 250 characters
 * @param settings currency, zone, rounding and calendar, never {@code null}
 * @param vkn the company's VKN, or empty for a company outside Turkey
 * @param mersisNumber the company's MERSIS number, or empty when it has none
 * @param bankAccounts the accounts notices print, possibly empty, never {@code null}
 */
public record Company(
        @NotNull CompanyId id,
        @NotBlank @Size(max = Company.MAX_LEGAL_NAME_LENGTH) String legalName,
        @NotNull @Valid CompanySettings settings,
        @NotNull Optional<@Valid Vkn> vkn,
        @NotNull Optional<@Valid MersisNumber> mersisNumber,
        @NotNull List<@NotNull @Valid BankAccount> bankAccounts) {

    /** The maximum length of {@link #legalName()}. */
    public static final int MAX_LEGAL_NAME_LENGTH = 250;

    /**
     * Checks every field and copies the list of bank accounts.
     *
     * @throws InvalidInputException if any argument or bank account is {@code null}, {@code
     *     legalName} is blank or longer than 250 characters, or two bank accounts have the same
     *     IBAN
     */
    public Company {
        InputChecks.present(id, "id", "a company id");
        InputChecks.text(legalName, "legalName", MAX_LEGAL_NAME_LENGTH);
        InputChecks.present(settings, "settings", "company settings");
        InputChecks.present(vkn, "vkn", "a VKN or Optional.empty()");
        InputChecks.present(mersisNumber, "mersisNumber", "a MERSIS number or Optional.empty()");
        bankAccounts = InputChecks.distinctList(bankAccounts, "bankAccounts");
        List<Iban> ibans = bankAccounts.stream().map(BankAccount::iban).toList();
        if (ibans.stream().distinct().count() != ibans.size()) {
            throw new InvalidInputException("bankAccounts", ibans, "each IBAN at most once");
        }
    }

    /** Returns an empty builder. The id, the legal name and the settings are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the current date in the company's business time zone. West of UTC the date lags UTC's
     * in the evening, east of it the date leads UTC's after local midnight.
     *
     * @param clock the source of the current instant; its own zone is ignored
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public LocalDate today(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    /** Returns the bank accounts kept in {@code currency}, in their order. */
    public List<BankAccount> bankAccountsIn(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        return bankAccounts.stream().filter(a -> a.currency().equals(currency)).toList();
    }

    /** Builder of a {@link Company}. Not thread-safe; {@link #build()} checks all fields. */
    public static final class Builder {
        private CompanyId id;
        private String legalName;
        private CompanySettings settings;
        private Vkn vkn;
        private MersisNumber mersisNumber;
        private final List<BankAccount> bankAccounts = new ArrayList<>();

        private Builder() {}

        /** Sets the identifier, which is required. */
        public Builder id(CompanyId value) {
            this.id = value;
            return this;
        }

        /** Sets the registered name, which is required. */
        public Builder legalName(String value) {
            this.legalName = value;
            return this;
        }

        /** Sets the settings, which are required, such as {@link CompanySettings#of}. */
        public Builder settings(CompanySettings value) {
            this.settings = value;
            return this;
        }

        /** Sets the VKN, or clears it with {@code null}. */
        public Builder vkn(Vkn value) {
            this.vkn = value;
            return this;
        }

        /** Sets the MERSIS number, or clears it with {@code null}. */
        public Builder mersisNumber(MersisNumber value) {
            this.mersisNumber = value;
            return this;
        }

        /** Appends a bank account. */
        public Builder addBankAccount(BankAccount value) {
            this.bankAccounts.add(value);
            return this;
        }

        /**
         * Builds the company.
         *
         * @throws InvalidInputException if a required field is missing or a field is invalid, as
         *     the {@link Company} constructor describes
         */
        public Company build() {
            return new Company(
                    id,
                    legalName,
                    settings,
                    Optional.ofNullable(vkn),
                    Optional.ofNullable(mersisNumber),
                    bankAccounts);
        }
    }
}
