package io.github.tahsilat.counterparty;

/**
 * Whether a counterparty is a natural person or a legal person, which decides whether its data is
 * personal data under KVKK and GDPR.
 */
public enum PersonType {
    /** A human being, such as a consumer or a sole trader. */
    NATURAL_PERSON,
    /** A company, association, foundation or public body. */
    LEGAL_PERSON
}
