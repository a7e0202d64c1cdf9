/**
 * The template SPI: a host replaces {@link io.github.tahsilat.notice.spi.NoticeTemplates} to supply
 * its own notice texts and {@link io.github.tahsilat.notice.spi.TemplateEngine} to render them with
 * another engine. The library's defaults are a small placeholder engine and Turkish and English
 * templates shipped in the jar.
 */
package io.github.tahsilat.notice.spi;
