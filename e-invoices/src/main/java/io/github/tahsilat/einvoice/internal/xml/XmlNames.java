package io.github.tahsilat.einvoice.internal.xml;

/** The UBL 2.1 namespaces and the prefixes that paths in error messages use for them. */
public final class XmlNames {

    /** The namespace of the Invoice document element. */
    public static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /** The namespace of the CreditNote document element. */
    public static final String CREDIT_NOTE =
            "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /** The namespace of the Reminder document element. */
    public static final String REMINDER = "urn:oasis:names:specification:ubl:schema:xsd:Reminder-2";

    /** The namespace of the aggregate components, prefix {@code cac}. */
    public static final String CAC =
            "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /** The namespace of the basic components, prefix {@code cbc}. */
    public static final String CBC =
            "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /** The namespace of the extension components, prefix {@code ext}. */
    public static final String EXT =
            "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";

    /** The start of every UBL 2.1 document element namespace. */
    static final String DOCUMENT_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:";

    private XmlNames() {}

    /**
     * Returns the name of an element as paths show it: {@code cac:}, {@code cbc:} or {@code ext:}
     * before the local name for those namespaces, whatever prefix the document used, and the bare
     * local name for a UBL document element; other elements keep the document's prefix.
     */
    static String displayName(String namespace, String prefix, String localName) {
        if (CAC.equals(namespace)) {
            return "cac:" + localName;
        }
        if (CBC.equals(namespace)) {
            return "cbc:" + localName;
        }
        if (EXT.equals(namespace)) {
            return "ext:" + localName;
        }
        if (namespace != null && namespace.startsWith(DOCUMENT_PREFIX)) {
            return localName;
        }
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }
}
