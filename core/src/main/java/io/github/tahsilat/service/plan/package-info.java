/**
 * The payment plan service: creating, reading, cancelling and evaluating plans that restructure a
 * counterparty's overdue receivables into installments.
 */
package io.github.tahsilat.service.plan;
