/**
 * The invoice service: issues and imports invoices, cancels them, opens and resolves disputes, and
 * reads invoices and open items back.
 */
package io.github.tahsilat.service.invoice;
