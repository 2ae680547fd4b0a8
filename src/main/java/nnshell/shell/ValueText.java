package nnshell.shell;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The text a value is shown as after {@code ==>}: jshell's own text, except that a value too
 * big to read is summarised before its text is built. An array or a collection of more than
 * {@value #SUMMARY_THRESHOLD} elements shows its first and last {@value #EDGE} elements along
 * each dimension with {@code ...} between, as NumPy prints a large array; any text longer than
 * {@value #MAX_CHARS} characters is cut and says how long it was.
 *
 * <p>Small values are shown exactly as jshell shows them, so that saved sessions compare.
 */
final class ValueText {
    static final int SUMMARY_THRESHOLD = 1000;
    static final int EDGE = 3;
    static final int MAX_CHARS = 20_000;
    private static final String GAP = "...";

    private ValueText() {
    }

    /** A value's text, and whether it shows only part of the value. */
    record Shown(String text, boolean partial) {
    }

    /**
     * The text of {@code value}, saying whether it is shown in part; {@code plain} is jshell's
     * text of a value, used for every value that is not summarised.
     */
    static Shown show(Object value, Function<Object, String> plain) {
        try {
            String text;
            if (value instanceof String s && s.length() > MAX_CHARS) {
                text = plain.apply(s.substring(0, cutPoint(s, MAX_CHARS)));
                return new Shown(text + " " + Messages.get("value.cut", MAX_CHARS, s.length()),
                        true);
            }
            boolean large = isLarge(value);
            if (large) {
                StringBuilder out = new StringBuilder();
                summarise(value, plain, out);
                text = out.toString();
            } else {
                text = plain.apply(value);
            }
            if (text.length() <= MAX_CHARS) {
                return new Shown(text, large);
            }
            return new Shown(text.substring(0, cutPoint(text, MAX_CHARS)) + " " + GAP + " "
                    + Messages.get("value.cut", MAX_CHARS, text.length()), true);
        } catch (OutOfMemoryError e) {
            return new Shown(Messages.get("value.too.large", value.getClass().getSimpleName()),
                    true);
        }
    }

    /**
     * The SHA-256 (hex) of a whole value, for a value shown in part: of the raw contents of a
     * primitive array, else of jshell's text of it, fed piece by piece rather than built whole.
     * Null if even that cannot be done.
     */
    static String fingerprint(Object value, Function<Object, String> plain) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            feed(value, plain, digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | OutOfMemoryError | RuntimeException e) {
            return null;
        }
    }

    private static void feed(Object value, Function<Object, String> plain, MessageDigest d) {
        if (value == null) {
            text("null", d);
        } else if (value.getClass().isArray()) {
            Class<?> component = value.getClass().getComponentType();
            int length = Array.getLength(value);
            text(component.getName() + "[" + length + "]", d);
            if (component.isPrimitive() && component != boolean.class
                    && component != char.class) {
                raw(value, length, d);
            } else {
                for (int i = 0; i < length; i++) {
                    Object element = Array.get(value, i);
                    if (element != null && element.getClass().isArray()) {
                        feed(element, plain, d);
                    } else {
                        text(plain.apply(element), d);
                    }
                    text(",", d);
                }
            }
        } else if (value instanceof Collection<?> c) {
            for (Object element : c) {
                text(element == c ? "(this Collection)" : String.valueOf(element), d);
                text(",", d);
            }
        } else if (value instanceof String s) {
            for (int from = 0; from < s.length(); from += 65_536) {
                text(s.substring(from, Math.min(s.length(), from + 65_536)), d);
            }
        } else {
            text(value.toString(), d);
        }
    }

    /** The bytes of a numeric primitive array, a chunk at a time. */
    private static void raw(Object array, int length, MessageDigest d) {
        int chunk = 8192;
        ByteBuffer buffer = ByteBuffer.allocate(8 * chunk);
        for (int from = 0; from < length; from += chunk) {
            int n = Math.min(chunk, length - from);
            buffer.clear();
            int bytes;
            if (array instanceof double[] a) {
                buffer.asDoubleBuffer().put(a, from, n);
                bytes = 8 * n;
            } else if (array instanceof float[] a) {
                buffer.asFloatBuffer().put(a, from, n);
                bytes = 4 * n;
            } else if (array instanceof long[] a) {
                buffer.asLongBuffer().put(a, from, n);
                bytes = 8 * n;
            } else if (array instanceof int[] a) {
                buffer.asIntBuffer().put(a, from, n);
                bytes = 4 * n;
            } else if (array instanceof short[] a) {
                buffer.asShortBuffer().put(a, from, n);
                bytes = 2 * n;
            } else {
                buffer.put((byte[]) array, from, n);
                bytes = n;
            }
            d.update(buffer.array(), 0, bytes);
        }
    }

    private static void text(String text, MessageDigest d) {
        d.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a value has more elements than are shown in full. */
    private static boolean isLarge(Object value) {
        return elements(value, SUMMARY_THRESHOLD) > SUMMARY_THRESHOLD;
    }

    /** Elements of an array (all dimensions) or a collection, counted up to just past limit. */
    private static long elements(Object value, long limit) {
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value == null || !value.getClass().isArray()) {
            return 1;
        }
        int length = Array.getLength(value);
        if (!value.getClass().getComponentType().isArray()) {
            return length;
        }
        long count = 0;
        for (int i = 0; i < length && count <= limit; i++) {
            count += elements(Array.get(value, i), limit - count);
        }
        return count;
    }

    private static void summarise(Object value, Function<Object, String> plain,
            StringBuilder out) {
        if (value != null && value.getClass().isArray()) {
            array(value, plain, out);
        } else if (value instanceof Collection<?> c) {
            collection(c, out);
        } else {
            out.append(plain.apply(value));
        }
    }

    /** jshell's header ({@code double[1000000]}, {@code int[3][]}) and the summarised body. */
    private static void array(Object array, Function<Object, String> plain, StringBuilder out) {
        Class<?> leaf = array.getClass();
        int dims = 0;
        while (leaf.isArray()) {
            leaf = leaf.getComponentType();
            dims++;
        }
        String type = leaf.getTypeName();
        int length = Array.getLength(array);
        out.append(type.substring(type.lastIndexOf('.') + 1)).append('[').append(length)
                .append(']').append("[]".repeat(dims - 1)).append(" { ");
        boolean nested = dims > 1;
        for (int i = 0; i < length; i++) {
            if (length > 2 * EDGE && i == EDGE) {
                out.append(GAP).append(", ");
                i = length - EDGE;
            }
            Object element = Array.get(array, i);
            if (nested && element != null) {
                summarise(element, plain, out);
            } else {
                out.append(plain.apply(element));
            }
            if (i < length - 1) {
                out.append(", ");
            }
        }
        out.append(" }");
    }

    /** As a collection prints itself, {@code [a, b, c, ..., x, y, z]}. */
    private static void collection(Collection<?> c, StringBuilder out) {
        List<Object> shown = new ArrayList<>();
        int size = c.size();
        if (c instanceof List<?> list && list instanceof RandomAccess) {
            for (int i = 0; i < EDGE; i++) {
                shown.add(list.get(i));
            }
            for (int i = size - EDGE; i < size; i++) {
                shown.add(list.get(i));
            }
        } else {
            Deque<Object> last = new ArrayDeque<>();
            Iterator<?> it = c.iterator();
            for (int i = 0; it.hasNext(); i++) {
                Object e = it.next();
                if (i < EDGE) {
                    shown.add(e);
                } else {
                    last.addLast(e);
                    if (last.size() > EDGE) {
                        last.removeFirst();
                    }
                }
            }
            shown.addAll(last);
        }
        out.append('[');
        for (int i = 0; i < shown.size(); i++) {
            if (i == EDGE) {
                out.append(GAP).append(", ");
            }
            Object e = shown.get(i);
            out.append(e == c ? "(this Collection)" : String.valueOf(e));
            if (i < shown.size() - 1) {
                out.append(", ");
            }
        }
        out.append(']');
    }

    /** An index at or just below {@code at} that does not split a surrogate pair. */
    private static int cutPoint(String text, int at) {
        return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
