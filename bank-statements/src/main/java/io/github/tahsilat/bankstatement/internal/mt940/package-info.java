/**
 * The SWIFT MT940 reader: a tolerant tokenizer for the field layout that banks export, with or
 * without SWIFT blocks. Not exported; may change in any release.
 */
package io.github.tahsilat.bankstatement.internal.mt940;
