package io.systemprompt.database.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Case-insensitive lookup by name, because engines report identifiers in different cases. */
final class ByName {
    private ByName() {
    }

    static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        String n = wanted.toLowerCase(Locale.ROOT);
        return items.stream().filter(i -> name.apply(i).toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }
}
