/**
 * The ISO 20022 camt.052, camt.053 and camt.054 reader, built on the JDK's StAX parser. Not
 * exported; may change in any release.
 */
package io.github.tahsilat.bankstatement.internal.camt;
