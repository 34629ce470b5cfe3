package io.systemprompt.database.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported API names only types a caller can reach: its own exported packages, the JDK, HikariCP
 * (a transitive requirement) and Micrometer (which the application brings when it wants metrics). A
 * public method returning a type of a non-exported package, or of Jackson or Commons CSV, fails here.
 */
class ExportedApiTest {
    private static final String BASE = "io.systemprompt.database";
    private static final Path MODULE_INFO = Path.of("src/main/java/module-info.java");
    private static final Path CLASSES = Path.of("target/classes");
    private static final List<String> OUTSIDE = List.of("java.", "javax.", "com.zaxxer.hikari.", "io.micrometer.");

    @Test
    void exportedSignaturesNameOnlyExportedTypes() throws IOException {
        Set<String> exported = exports();
        assertThat(exported).contains(BASE, BASE + ".config");
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : publicTypes(exported)) {
            for (Type t : signature(type)) {
                for (Class<?> used : classes(t, new ArrayList<>())) {
                    if (!reachable(used, exported)) {
                        leaks.add(type.getName() + " names " + used.getName());
                    }
                }
            }
        }
        assertThat(leaks).as("exported signatures naming a type callers cannot reach; export its package or"
                + " keep the member out of the public API").isEmpty();
    }

    private static boolean reachable(Class<?> c, Set<String> exported) {
        if (c.isPrimitive()) {
            return true;
        }
        String name = c.getName();
        if (name.startsWith(BASE + ".")) {
            return exported.contains(c.getPackageName()) && Modifier.isPublic(c.getModifiers());
        }
        return OUTSIDE.stream().anyMatch(name::startsWith);
    }

    static Set<String> exports() throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(Files.readString(MODULE_INFO));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The public types of the exported packages, nested public and protected types included. */
    private static List<Class<?>> publicTypes(Set<String> packages) throws IOException {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = CLASSES.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> c = load(pkg + "." + simple);
                    if (visible(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Public, or a protected member type, all the way out. */
    private static boolean visible(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            boolean nestedProtected = k.getEnclosingClass() != null && Modifier.isProtected(k.getModifiers());
            if (!Modifier.isPublic(k.getModifiers()) && !nestedProtected) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ExportedApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Every type a caller sees in the declaration of {@code c}: supertypes and visible members. */
    private static List<Type> signature(Class<?> c) {
        List<Type> out = new ArrayList<>();
        if (c.getGenericSuperclass() != null) {
            out.add(c.getGenericSuperclass());
        }
        out.addAll(List.of(c.getGenericInterfaces()));
        for (Field f : c.getDeclaredFields()) {
            if (api(f.getModifiers()) && !f.isSynthetic()) {
                out.add(f.getGenericType());
            }
        }
        if (c.isRecord()) {
            for (RecordComponent r : c.getRecordComponents()) {
                out.add(r.getGenericType());
            }
        }
        List<Executable> members = new ArrayList<>(List.of(c.getDeclaredMethods()));
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            members.add(k);
        }
        for (Executable e : members) {
            if (!api(e.getModifiers()) || e.isSynthetic() || (e instanceof Method m && m.isBridge())) {
                continue;
            }
            if (e instanceof Method m) {
                out.add(m.getGenericReturnType());
            }
            out.addAll(List.of(e.getGenericParameterTypes()));
            out.addAll(List.of(e.getGenericExceptionTypes()));
        }
        return out;
    }

    private static boolean api(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The classes a type names, type arguments and bounds included. */
    private static List<Class<?>> classes(Type t, List<Class<?>> out) {
        classes(t, out, new HashSet<>());
        return out;
    }

    private static void classes(Type t, List<Class<?>> out, Set<TypeVariable<?>> seen) {
        if (t instanceof Class<?> c) {
            Class<?> e = c;
            while (e.isArray()) {
                e = e.getComponentType();
            }
            out.add(e);
        } else if (t instanceof ParameterizedType p) {
            classes(p.getRawType(), out, seen);
            for (Type a : p.getActualTypeArguments()) {
                classes(a, out, seen);
            }
        } else if (t instanceof GenericArrayType g) {
            classes(g.getGenericComponentType(), out, seen);
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(b -> classes(b, out, seen));
        } else if (t instanceof TypeVariable<?> v && seen.add(v)) {
            for (Type b : v.getBounds()) {
                classes(b, out, seen);
            }
        }
    }
}
