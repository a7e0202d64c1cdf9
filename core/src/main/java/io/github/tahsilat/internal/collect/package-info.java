/**
 * Collections that the engine's per-import work builds, shaped for the garbage collector. Not
 * exported from the module.
 */
package io.github.tahsilat.internal.collect;
