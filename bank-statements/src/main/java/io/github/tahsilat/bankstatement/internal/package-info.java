/**
 * Parts shared by the built-in readers: value parsing and the balance check. Not exported; may
 * change in any release.
 */
package io.github.tahsilat.bankstatement.internal;
