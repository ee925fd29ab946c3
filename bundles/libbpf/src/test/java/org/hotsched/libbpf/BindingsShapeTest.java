package org.hotsched.libbpf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Java side of the bindings agrees with itself the way jextract's output does: accessors match layouts,
 * wrappers match descriptors, and the errno variants match the functions they stand for. The C side is
 * {@link HeaderDriftTest}'s job.
 */
public class BindingsShapeTest {

    @BeforeClass
    public static void libbpf() {
        Skips.requireLibbpf();
    }

    @Test
    public void structAccessorsMatchTheirLayouts() throws ReflectiveOperationException {
        for (BindingsModel.Struct s : BindingsModel.read().structs()) {
            Class<?> c = Class.forName(Libbpf.class.getPackageName() + "." + s.cName());
            GroupLayout layout = (GroupLayout) c.getMethod("layout").invoke(null);
            assertEquals(s.cName() + ".sizeof()", layout.byteSize(), s.size());
            for (BindingsModel.Field f : s.fields()) {
                String where = s.cName() + "." + f.name();
                Class<?> carrier = f.layout() instanceof ValueLayout v ? v.carrier() : MemorySegment.class;
                assertEquals(where + " getter", carrier, c.getMethod(f.name(), MemorySegment.class).getReturnType());
                c.getMethod(f.name(), MemorySegment.class, carrier);
                if (f.layout() instanceof SequenceLayout seq && seq.elementLayout() instanceof ValueLayout e) {
                    assertEquals(where + " indexed getter", e.carrier(),
                            c.getMethod(f.name(), MemorySegment.class, long.class).getReturnType());
                    c.getMethod(f.name(), MemorySegment.class, long.class, e.carrier());
                }
            }
        }
    }

    @Test
    public void functionWrappersMatchTheirDescriptors() throws ReflectiveOperationException {
        for (BindingsModel.Function f : BindingsModel.read().functions()) {
            MethodType type = f.descriptor().toMethodType();
            Method wrapper = Libbpf.class.getMethod(f.cName(), type.parameterArray());
            assertEquals(f.cName() + " return", type.returnType(), wrapper.getReturnType());
            MethodType handleType = ((java.lang.invoke.MethodHandle) Libbpf.class.getMethod(f.cName() + "$handle")
                    .invoke(null)).type();
            assertEquals(f.cName() + "$handle", type, handleType);
        }
    }

    @Test
    public void callbackInterfacesMatchTheirDescriptors() throws ReflectiveOperationException {
        for (BindingsModel.Callback cb : BindingsModel.read().callbacks()) {
            Class<?> fi = Class.forName(Libbpf.class.getPackageName() + "." + cb.typedefName() + "$Function");
            Method apply = fi.getMethod("apply", cb.descriptor().toMethodType().parameterArray());
            assertEquals(cb.typedefName(), cb.descriptor().toMethodType().returnType(), apply.getReturnType());
        }
    }

    @Test
    public void errnoVariantsMatchTheFunctionsTheyStandFor() throws ReflectiveOperationException {
        Set<String> helpers = Set.of("allocateCallState", "errno", "message");
        List<String> checked = new ArrayList<>();
        for (Method m : LibbpfErrno.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || helpers.contains(m.getName())) {
                continue;
            }
            FunctionDescriptor d = (FunctionDescriptor) Libbpf.class.getMethod(m.getName() + "$descriptor").invoke(null);
            MethodType expected = d.toMethodType().insertParameterTypes(0, MemorySegment.class);
            assertEquals(m.getName(), expected, MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
            checked.add(m.getName());
        }
        assertTrue("errno variants found: " + checked, checked.size() == 10);
    }
}
