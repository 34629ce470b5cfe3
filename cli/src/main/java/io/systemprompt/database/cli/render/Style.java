package io.systemprompt.database.cli.render;

/** ANSI colours, or none. Colour is used only on a terminal and never with {@code --no-color}. */
public final class Style {
    private final boolean on;

    /** Colours on or off. */
    public Style(boolean on) {
        this.on = on;
    }

    /** True when colours are written. */
    public boolean on() {
        return on;
    }

    /** Bold text. */
    public String bold(String s) {
        return wrap("1", s);
    }

    /** Green text: success. */
    public String green(String s) {
        return wrap("32", s);
    }

    /** Yellow text: warnings. */
    public String yellow(String s) {
        return wrap("33", s);
    }

    /** Red text: failures. */
    public String red(String s) {
        return wrap("31", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
