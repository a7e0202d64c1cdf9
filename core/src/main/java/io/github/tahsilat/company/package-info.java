/**
 * The company: the legal entity whose receivables the library keeps, with its settings (functional
 * currency, time zone, rounding, VAT rounding, business calendar), its legal identifiers and its
 * bank accounts.
 */
package io.github.tahsilat.company;
