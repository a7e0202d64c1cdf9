package io.github.tahsilat.bankstatement;

/** The booking status of an entry (ISO 20022 entry status codes). */
public enum EntryStatus {
    /** Booked on the account (code BOOK). Only booked entries move the booked balance. */
    BOOKED("BOOK"),
    /** Pending: announced but not yet booked (code PDNG). */
    PENDING("PDNG"),
    /** For information only; will not be booked (code INFO). */
    INFORMATION("INFO"),
    /** Expected to be booked on a future date (code FUTR, from camt version 08). */
    FUTURE("FUTR");

    private final String code;

    EntryStatus(String code) {
        this.code = code;
    }

    /** Returns the ISO 20022 code, for example {@code "BOOK"}. */
    public String code() {
        return code;
    }

    /**
     * Returns the status for an ISO 20022 code.
     *
     * @param code the code as written in the file, for example {@code "PDNG"}
     * @return the status, or {@code null} when the code is not one of BOOK, PDNG, INFO and FUTR
     */
    public static EntryStatus fromCode(String code) {
        for (EntryStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
