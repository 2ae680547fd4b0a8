package nnshell.lesson;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the "key: value" lines of a {@code check} block into a {@link Check}. */
final class CheckReader {
    private static final List<String> KINDS = List.of("value", "predicate", "output");
    private static final Set<String> KEYS =
            Set.of("value", "equals", "tolerance", "predicate", "show", "en", "pl", "output");
    private static final double DEFAULT_TOLERANCE = 1e-6;

    /** Where problems found while reading a check go. */
    interface Problems {
        /** Records a problem at {@code line} with a message key and its arguments. */
        void add(int line, String key, Object... args);
    }

    private CheckReader() {
    }

    /** The check described by {@code fields}, or null after reporting what is wrong. */
    static Check read(Map<String, String> fields, int line, Problems problems) {
        for (String key : fields.keySet()) {
            if (!KEYS.contains(key)) {
                String near = Names.nearest(key, KEYS).map(k -> " (" + k + "?)").orElse("");
                problems.add(line, "format.checkKey", key + near, String.join(", ", KEYS));
            }
        }
        List<String> kinds = KINDS.stream().filter(fields::containsKey).toList();
        if (kinds.size() != 1) {
            problems.add(line, "format.checkKind", String.join(", ", kinds));
            return null;
        }
        return switch (kinds.get(0)) {
            case "value" -> value(fields, line, problems);
            case "predicate" -> predicate(fields, line, problems);
            default -> new Check.Output(line, fields.get("output"));
        };
    }

    private static Check value(Map<String, String> fields, int line, Problems problems) {
        if (!fields.containsKey("equals")) {
            problems.add(line, "format.checkEquals", fields.get("value"));
            return null;
        }
        try {
            Object expected = Literals.parse(fields.get("equals"));
            double tolerance = fields.containsKey("tolerance")
                    ? Double.parseDouble(fields.get("tolerance")) : DEFAULT_TOLERANCE;
            return new Check.Value(line, fields.get("value"), expected, tolerance);
        } catch (IllegalArgumentException e) {
            problems.add(line, "format.checkLiteral", fields.get("equals"), e.getMessage());
            return null;
        }
    }

    private static Check predicate(Map<String, String> fields, int line, Problems problems) {
        String en = fields.getOrDefault("en", "");
        String pl = fields.getOrDefault("pl", "");
        if (en.isEmpty() != pl.isEmpty()) {
            problems.add(line, "format.checkMessage");
        }
        return new Check.Predicate(line, fields.get("predicate"),
                fields.getOrDefault("show", ""), new Text(en, pl));
    }
}
