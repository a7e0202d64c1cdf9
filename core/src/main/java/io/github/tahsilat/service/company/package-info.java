/** The company service: registers companies with their settings and reads them back. */
package io.github.tahsilat.service.company;
