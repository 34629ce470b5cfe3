package io.systemprompt.database.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lets {@code -q}, {@code -v} and {@code --no-color} (and their long forms) come before the subcommand,
 * as in {@code spdb -q status}: they belong to every subcommand, so the leading ones are moved after
 * the subcommand's own arguments (before a {@code --}, if any), where picocli reads them.
 */
final class GlobalOptions {
    private static final Set<String> MOVABLE = Set.of("-q", "--quiet", "-v", "--verbose", "--no-color");

    private GlobalOptions() {
    }

    static String[] hoist(String[] args) {
        List<String> leading = new ArrayList<>();
        int i = 0;
        while (i < args.length && MOVABLE.contains(args[i])) {
            leading.add(args[i++]);
        }
        if (leading.isEmpty() || i == args.length) {
            return args;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(i, args.length));
        int end = rest.indexOf("--");
        rest.addAll(end < 0 ? rest.size() : end, leading);
        return rest.toArray(String[]::new);
    }
}
