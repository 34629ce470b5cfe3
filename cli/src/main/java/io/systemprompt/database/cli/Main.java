package io.systemprompt.database.cli;

/** Entry point of the {@code spdb} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("spdb");
    }
}
