package io.github.tahsilat.persistence.spi.record;

/** The kind of a counterparty's tax identifier. */
public enum TaxIdType {
    /** Turkish tax number of a legal entity (vergi kimlik numarası), ten digits. */
    VKN,
    /** Turkish national identity number of a natural person (T.C. kimlik numarası), 11 digits. */
    TCKN,
    /** Any other tax identifier, such as an EU VAT number, kept as given. */
    OTHER
}
