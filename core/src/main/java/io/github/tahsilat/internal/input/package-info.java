/**
 * Checks shared by the constructors of input types: presence, text length, and redaction of
 * personal data in error messages. Not exported, so it may change in any release.
 */
package io.github.tahsilat.internal.input;
