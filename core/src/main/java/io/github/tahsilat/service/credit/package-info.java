/**
 * The credit document service: records credit notes and return invoices, and applies their credit
 * to invoices.
 */
package io.github.tahsilat.service.credit;
