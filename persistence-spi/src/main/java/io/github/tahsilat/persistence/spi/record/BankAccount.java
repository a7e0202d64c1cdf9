package io.github.tahsilat.persistence.spi.record;

/**
 * A company bank account.
 *
 * @param iban the IBAN in electronic form: upper case, no spaces
 * @param bankName the bank's name, never blank
 * @param currency the account's ISO 4217 currency code
 */
public record BankAccount(String iban, String bankName, String currency) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the IBAN or the currency code is malformed, or the bank
     *     name is blank
     */
    public BankAccount {
        Checks.iban(iban, "iban");
        Checks.text(bankName, "bankName");
        Checks.currency(currency, "currency");
    }
}
