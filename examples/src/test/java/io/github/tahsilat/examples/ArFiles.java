package io.github.tahsilat.examples;

import java.nio.file.Path;

/** Accounts-receivable files for the {@code replay} and {@code aging} tests. */
final class ArFiles {

    /** The header row of the IBM sample layout. */
    static final String HEADER =
            "countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,"
                    + "InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate\n";

    /**
     * Six invoices written for these tests, with figures worked out by hand from the rules.
     *
     * <ul>
     *   <li>A (C1) is due 2020-01-01 and settled 2020-02-15: levels 1, 2 and 3 on January 2, 16 and
     *       31.
     *   <li>B (C1) is due 2020-01-20 and settled 2020-02-03, at 14 days past due: level 1 only, on
     *       January 21.
     *   <li>D (C2) is disputed, due 2020-01-01 and settled 2020-03-15: never dunned, aged 60 days
     *       on March 1 and 61 on March 2.
     *   <li>F (C2) is settled on its due date 2020-02-04: not late, never overdue.
     *   <li>E (C3) is due 2020-01-01 and settled 2020-06-01: levels 1, 2 and 3 on January 2, 16 and
     *       31, 90 days past due on March 31 and 91 on April 1.
     *   <li>G (C4) is issued 2020-03-01, already 20 days past its due date 2020-02-10: one notice
     *       at level 2, so it counts under levels 1 and 2.
     * </ul>
     *
     * <p>Notices: C1 on January 2, 16, 21 and 31, C3 on January 2, 16 and 31, and C4 on March 1, so
     * 8. Levels: 1 reached by A, B, E and G; 2 by A, E and G; 3 by A and E.
     */
    static final String SYNTHETIC =
            HEADER
                    + "391,C1,1/1/2019,A,12/2/2019,1/1/2020,100.00,No,2/15/2020,Paper,75,45\n"
                    + "391,C1,1/1/2019,B,12/21/2019,1/20/2020,20.5,No,2/3/2020,Paper,44,14\n"
                    + "391,C2,1/1/2019,D,12/2/2019,1/1/2020,300.00,Yes,3/15/2020,Paper,104,74\n"
                    + "391,C2,1/1/2019,F,1/5/2020,2/4/2020,7,No,2/4/2020,Paper,30,0\n"
                    + "391,C3,1/1/2019,E,12/2/2019,1/1/2020,1000.01,No,6/1/2020,Paper,182,152\n"
                    + "391,C4,1/1/2019,G,3/1/2020,2/10/2020,50.00,No,3/5/2020,Paper,4,24\n";

    private ArFiles() {}

    /** Returns the public IBM sample file, or skips (fails under CI) when it is missing. */
    static Path sample() {
        return SampleFiles.file("ar-dataset", "ibm-watson-accounts-receivable.csv");
    }
}
