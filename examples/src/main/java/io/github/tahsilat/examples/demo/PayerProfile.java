package io.github.tahsilat.examples.demo;

/** How a generated customer pays its invoices. */
enum PayerProfile {
    /** Pays on or a few days around the due date, and takes early-payment discounts. */
    PROMPT,
    /** Pays 5 to 45 days after the due date. */
    LATE,
    /** Pays each item in two parts, the second up to two months late. */
    PARTIAL,
    /** Pays 30 to 100 days late, often after a promise to pay, and leaves some items unpaid. */
    SLOW
}
