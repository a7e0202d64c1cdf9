package io.github.tahsilat.examples;

/** Entry point of the examples jar. */
public final class Main {
    private Main() {}

    /**
     * Runs the command named by the first argument.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.out.println("Tahsilat examples");
    }
}
