package org.hotsched.libbpf;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the Java bindings declare, read from the compiled classes by reflection: the input of the drift check.
 * Struct offsets come from the {@code x$offset()} methods the accessors use, not from the layouts.
 */
record BindingsModel(List<Struct> structs, List<Function> functions, List<Callback> callbacks,
        List<Constant> constants) {

    /** A field: its offset as the binding uses it, and its layout (a value or a sequence of values). */
    record Field(String name, long offset, MemoryLayout layout) {
    }

    /**
     * A struct. {@code extensible}: a libbpf opts struct (first field {@code sz}), which newer libbpf versions
     * extend at the end; callers pass their own size in {@code sz}, so only the declared fields must match.
     */
    record Struct(String cName, long size, boolean extensible, List<Field> fields) {
    }

    record Function(String cName, FunctionDescriptor descriptor) {
    }

    /** A function-pointer typedef and the descriptor of its upcall stubs. */
    record Callback(String typedefName, FunctionDescriptor descriptor) {
    }

    /** A constant; {@code isLong}: jextract gave it a {@code long} getter, else an {@code int} one. */
    record Constant(String cName, long value, boolean isLong) {
    }

    static BindingsModel read() {
        List<Struct> structs = new ArrayList<>();
        List<Callback> callbacks = new ArrayList<>();
        for (Class<?> c : packageClasses()) {
            if (hasStatic(c, "layout") && hasStatic(c, "sizeof")) {
                structs.add(struct(c));
            } else if (hasStatic(c, "descriptor") && hasNested(c, "Function")) {
                callbacks.add(new Callback(c.getSimpleName(), (FunctionDescriptor) callStatic(c, "descriptor")));
            }
        }
        return new BindingsModel(structs, readFunctions(), callbacks, readConstants());
    }

    private static Struct struct(Class<?> c) {
        GroupLayout layout = (GroupLayout) callStatic(c, "layout");
        List<Field> fields = new ArrayList<>();
        for (MemoryLayout member : layout.memberLayouts()) {
            if (member instanceof PaddingLayout) {
                continue;
            }
            String name = member.name().orElseThrow(() -> new AssertionError(c.getSimpleName() + ": unnamed field"));
            long offset = (long) callStatic(c, name + "$offset");
            if (offset != layout.byteOffset(groupElement(name))) {
                throw new AssertionError(c.getSimpleName() + "." + name + "$offset() = " + offset
                        + " but its layout puts it at " + layout.byteOffset(groupElement(name)));
            }
            fields.add(new Field(name, offset, member));
        }
        String cName = layout.name().orElseThrow(() -> new AssertionError(c.getSimpleName() + ": unnamed layout"));
        boolean extensible = !fields.isEmpty() && fields.getFirst().name().equals("sz");
        return new Struct(cName, (long) callStatic(c, "sizeof"), extensible, fields);
    }

    private static List<Function> readFunctions() {
        List<Function> functions = new ArrayList<>();
        for (Method m : Libbpf.class.getDeclaredMethods()) {
            if (isPublicStatic(m) && m.getName().endsWith("$descriptor") && m.getParameterCount() == 0) {
                String name = m.getName().substring(0, m.getName().length() - "$descriptor".length());
                functions.add(new Function(name, (FunctionDescriptor) callStatic(Libbpf.class, m.getName())));
            }
        }
        functions.sort((a, b) -> a.cName().compareTo(b.cName()));
        return functions;
    }

    /** Constants are jextract's no-argument int or long getters that are not functions. */
    private static List<Constant> readConstants() {
        List<Constant> constants = new ArrayList<>();
        for (Method m : Libbpf.class.getDeclaredMethods()) {
            boolean getter = isPublicStatic(m) && m.getParameterCount() == 0 && !m.getName().contains("$")
                    && (m.getReturnType() == int.class || m.getReturnType() == long.class);
            if (getter && !hasStatic(Libbpf.class, m.getName() + "$descriptor")) {
                long value = ((Number) callStatic(Libbpf.class, m.getName())).longValue();
                constants.add(new Constant(m.getName(), value, m.getReturnType() == long.class));
            }
        }
        constants.sort((a, b) -> a.cName().compareTo(b.cName()));
        return constants;
    }

    private static List<Class<?>> packageClasses() {
        try {
            Path dir = Path.of(Libbpf.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(Libbpf.class.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                        .sorted().toList();
                List<Class<?>> classes = new ArrayList<>();
                for (String n : names) {
                    classes.add(Class.forName(Libbpf.class.getPackageName() + "." + n.replace(".class", "")));
                }
                return classes;
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the binding classes (run from target/classes): " + e, e);
        }
    }

    private static boolean isPublicStatic(Method m) {
        return Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers());
    }

    private static boolean hasStatic(Class<?> c, String name) {
        try {
            return isPublicStatic(c.getMethod(name));
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean hasNested(Class<?> c, String simpleName) {
        return Stream.of(c.getDeclaredClasses()).anyMatch(n -> n.getSimpleName().equals(simpleName));
    }

    private static Object callStatic(Class<?> c, String name) {
        try {
            return c.getMethod(name).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(c.getSimpleName() + "." + name + "() not callable: " + e, e);
        }
    }
}
