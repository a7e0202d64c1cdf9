package io.github.tahsilat.examples;

/** The output formats of the commands: one line of JSON, or text for people. */
enum OutputFormat {
    json,
    text
}
