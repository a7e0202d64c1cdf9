/** Helpers for decimal numbers that are not amounts of money, such as interest rates. */
package io.github.tahsilat.internal.number;
