/**
 * Payment terms and the due schedules they produce: net days, month ends, fixed dates,
 * early-payment discounts, installments and a business-day roll.
 */
package io.github.tahsilat.terms;
