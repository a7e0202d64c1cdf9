package io.github.tahsilat.invoice;

/**
 * A few VAT withholding type codes of the GİB code list for partial withholding (kısmi tevkifat),
 * with the fraction the list gives for each.
 *
 * <p>The fractions change by regulation. Pass an explicit fraction through {@link
 * VatWithholding#of(String, int, int)} for a code not listed here or when a listed fraction no
 * longer applies.
 */
public enum WithholdingCode {
    /** 601: construction works and the engineering services performed with them, 4/10. */
    CONSTRUCTION_WORKS("601", 4),
    /** 602: survey, planning, consulting, audit and similar services, 9/10. */
    CONSULTING_AND_SUPERVISION("602", 9),
    /** 603: alteration, maintenance and repair of machinery, equipment and vehicles, 7/10. */
    MAINTENANCE_AND_REPAIR("603", 7),
    /** 604: catering services, 5/10. */
    CATERING("604", 5),
    /** 606: manpower supply services, 9/10. */
    MANPOWER_SUPPLY("606", 9),
    /** 612: cleaning services, 9/10. */
    CLEANING("612", 9),
    /** 613: environmental and garden maintenance services, 9/10. */
    GARDEN_MAINTENANCE("613", 9),
    /** 614: staff shuttle transport services, 5/10. */
    SHUTTLE_TRANSPORT("614", 5),
    /** 624: freight transport services, 2/10. */
    FREIGHT_TRANSPORT("624", 2);

    private final String code;
    private final int numerator;

    WithholdingCode(String code, int numerator) {
        this.code = code;
        this.numerator = numerator;
    }

    /** Returns the three-digit code, for example {@code "603"}. */
    public String code() {
        return code;
    }

    /** Returns the numerator of the withheld share over {@link #denominator()}. */
    public int numerator() {
        return numerator;
    }

    /** Returns the denominator of the withheld share, 10 for every listed code. */
    public int denominator() {
        return 10;
    }
}
