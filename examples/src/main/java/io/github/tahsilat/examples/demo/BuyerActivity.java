package io.github.tahsilat.examples.demo;

/** How often a generated customer buys. */
enum BuyerActivity {
    /** About one invoice a month; 3 % of customers. */
    FREQUENT,
    /** About one invoice a quarter; 16 % of customers. */
    REGULAR,
    /** About one invoice in 20 months; the other 81 % of customers. */
    OCCASIONAL
}
