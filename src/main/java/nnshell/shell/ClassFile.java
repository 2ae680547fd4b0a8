package nnshell.shell;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a class file the shell needs, read without loading the class: the methods it
 * calls (from the constant pool) and its own public static methods.
 *
 * <p>Reading the bytes ourselves keeps ND4J and friends unloaded until a student uses them.
 */
final class ClassFile {
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_SYNTHETIC = 0x1000;

    /** A method called by the class: owner in internal form ("java/lang/System") and name. */
    record MethodRef(String owner, String name) {
    }

    private record ClassEntry(int nameIndex) {
    }

    private record NameAndType(int nameIndex, int typeIndex) {
    }

    private record MethodEntry(int classIndex, int nameAndTypeIndex) {
    }

    private final Object[] pool;
    private final boolean isPublic;
    private final List<String> publicStaticMethods = new ArrayList<>();
    private final Set<String> takingArguments = new HashSet<>();

    private ClassFile(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        pool = new Object[in.readUnsignedShort()];
        readPool(in);
        isPublic = (in.readUnsignedShort() & ACC_PUBLIC) != 0;
        readMembers(in);
    }

    /** Parses a class file; an unreadable one is reported as unchecked. */
    static ClassFile parse(byte[] bytes) {
        try {
            return new ClassFile(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("unreadable class file", e));
        }
    }

    /** Every method reference in the constant pool (calls and method handles). */
    List<MethodRef> methodRefs() {
        List<MethodRef> result = new ArrayList<>();
        for (Object entry : pool) {
            if (entry instanceof MethodEntry ref) {
                ClassEntry owner = (ClassEntry) pool[ref.classIndex()];
                NameAndType nat = (NameAndType) pool[ref.nameAndTypeIndex()];
                result.add(new MethodRef((String) pool[owner.nameIndex()],
                        (String) pool[nat.nameIndex()]));
            }
        }
        return result;
    }

    /** Whether the class is declared public. */
    boolean isPublic() {
        return isPublic;
    }

    /** Names of the public static methods declared in the class, in order. */
    List<String> publicStaticMethods() {
        return publicStaticMethods;
    }

    /** Whether a public static method of that name takes arguments (in one overload at least). */
    boolean takesArguments(String method) {
        return takingArguments.contains(method);
    }

    private void readPool(DataInputStream in) throws IOException {
        for (int i = 1; i < pool.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3, 4, 9, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> pool[i] = new ClassEntry(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 10, 11 -> pool[i] = new MethodEntry(in.readUnsignedShort(),
                        in.readUnsignedShort());
                case 12 -> pool[i] = new NameAndType(in.readUnsignedShort(),
                        in.readUnsignedShort());
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }

    private void readMembers(DataInputStream in) throws IOException {
        in.readUnsignedShort();
        in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        readFieldsOrMethods(in, false);
        readFieldsOrMethods(in, true);
    }

    private void readFieldsOrMethods(DataInputStream in, boolean methods) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            int access = in.readUnsignedShort();
            String name = (String) pool[in.readUnsignedShort()];
            String descriptor = (String) pool[in.readUnsignedShort()];
            skipAttributes(in);
            boolean wanted = (access & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC)
                    && (access & ACC_SYNTHETIC) == 0 && !name.startsWith("<");
            if (methods && wanted && !publicStaticMethods.contains(name)) {
                publicStaticMethods.add(name);
            }
            if (methods && wanted && !descriptor.startsWith("()")) {
                takingArguments.add(name);
            }
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
        }
    }
}
