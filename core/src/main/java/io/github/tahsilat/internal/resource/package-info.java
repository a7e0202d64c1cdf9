/** Access to the core jar's own data files. Not exported from the module. */
package io.github.tahsilat.internal.resource;
