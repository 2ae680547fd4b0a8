package nnshell.lesson;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nnshell.dsl.Tensor;

/**
 * Compares a session value with the value a lesson expects, whatever the form of the answer:
 * an int, a double or an Integer for a number; an array, a list or a Tensor for a list.
 */
final class Values {

    private Values() {
    }

    /**
     * What differs between {@code expected} and {@code actual}, in a sentence naming
     * {@code label}; empty when they agree within {@code tolerance}.
     */
    static Optional<String> difference(String label, Object expected, Object actual,
            double tolerance, Locale locale) {
        Object found = unwrapSingle(expected, actual);
        if (expected instanceof List<?> list) {
            return listDifference(label, list, found, tolerance, locale);
        }
        if (expected instanceof Double number) {
            return numberDifference(label, number, found, tolerance, locale);
        }
        if (expected instanceof Boolean) {
            return expected.equals(found) ? Optional.empty()
                    : Optional.of(Msg.text(locale, "check.valueDiffers", label,
                            expected, show(found)));
        }
        String text = String.valueOf(found).strip();
        return text.equals(expected) ? Optional.empty()
                : Optional.of(Msg.text(locale, "check.valueDiffers", label,
                        "\"" + expected + "\"", "\"" + text + "\""));
    }

    private static Optional<String> listDifference(String label, List<?> expected,
            Object actual, double tolerance, Locale locale) {
        List<Object> found = asList(actual);
        if (found == null) {
            return Optional.of(Msg.text(locale, "check.notAList", label, expected.size(),
                    show(actual)));
        }
        if (found.size() != expected.size()) {
            return Optional.of(Msg.text(locale, "check.sizeDiffers", expected.size(), label,
                    found.size()));
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> d = difference(label + "[" + i + "]", expected.get(i),
                    found.get(i), tolerance, locale);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> numberDifference(String label, double expected,
            Object actual, double tolerance, Locale locale) {
        Double found = asNumber(actual);
        if (found == null) {
            return Optional.of(Msg.text(locale, "check.notANumber", label, show(actual)));
        }
        if (Math.abs(found - expected) <= tolerance
                || (Double.isNaN(found) && Double.isNaN(expected))) {
            return Optional.empty();
        }
        return Optional.of(Msg.text(locale, "check.valueDiffers", label, show(expected),
                show(found)));
    }

    /** A one-value container (a Tensor of one value, say) stands for its value. */
    private static Object unwrapSingle(Object expected, Object actual) {
        if (expected instanceof List<?>) {
            return actual;
        }
        List<Object> list = asList(actual);
        return list != null && list.size() == 1 ? list.get(0) : actual;
    }

    private static Double asNumber(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Arrays, collections and tensors as lists (a tensor nests by its shape); else null. */
    static List<Object> asList(Object value) {
        if (value instanceof Tensor t) {
            return nest(t.data(), t.shape(), 0, 0);
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        return null;
    }

    private static List<Object> nest(double[] data, int[] shape, int dim, int offset) {
        List<Object> list = new ArrayList<>();
        int stride = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        for (int i = 0; i < shape[dim]; i++) {
            list.add(dim == shape.length - 1 ? (Object) data[offset + i]
                    : nest(data, shape, dim + 1, offset + i * stride));
        }
        return list;
    }

    /** A value as a student would recognise it: 3 rather than 3.0, arrays with brackets. */
    static String show(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        List<Object> list = value instanceof String ? null : asList(value);
        if (list != null) {
            List<String> items = list.stream().map(Values::show).toList();
            return "[" + String.join(", ", items) + "]";
        }
        return String.valueOf(value);
    }
}
