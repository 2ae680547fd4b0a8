package nnshell.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The datasets nnshell knows, with their files' pinned SHA-256 sums. */
final class Catalog {
    static final String STUDENT = "student-performance";
    private static final Map<String, DatasetInfo> ALL = new LinkedHashMap<>();

    static {
        add(new DatasetInfo("student-mat", "table", "395 rows x 33 columns",
                "UCI 320, Cortez & Silva 2008 (download)", "CC BY 4.0", STUDENT,
                Map.of("student-mat.csv",
                        "e47f9ee225e1ee6e69b7564e6dac7123e80b8486677fe111f351964cef5dec80"),
                false));
        add(new DatasetInfo("student-por", "table", "649 rows x 33 columns",
                "UCI 320, Cortez & Silva 2008 (download)", "CC BY 4.0", STUDENT,
                Map.of("student-por.csv",
                        "a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f"),
                false));
        add(new DatasetInfo("digits", "images", "1797 images [1, 8, 8], 10 classes",
                "UCI optical digits via scikit-learn (Debian)", "BSD-3-Clause", "digits",
                Map.of("digits.csv.gz",
                        "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a"),
                true));
        add(new DatasetInfo("fashion-mnist", "images", "10000 images [1, 28, 28], 10 classes",
                "Zalando Research, test set (Debian)", "MIT", "fashion-mnist",
                Map.of("t10k-images-idx3-ubyte.gz",
                        "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
                        "t10k-labels-idx1-ubyte.gz",
                        "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"),
                true));
        add(new DatasetInfo("iris", "table", "150 rows x 5 columns, 3 classes",
                "Fisher 1936 via scikit-learn (Debian)", "BSD-3-Clause", "iris",
                Map.of("iris.csv",
                        "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449"),
                true));
        add(new DatasetInfo("wine", "table", "178 rows x 14 columns, 3 classes",
                "UCI Wine (Forina) via scikit-learn (Debian)", "BSD-3-Clause", "wine",
                Map.of("wine_data.csv",
                        "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede"),
                true));
        add(new DatasetInfo("breast-cancer", "table", "569 rows x 31 columns, 2 classes",
                "UCI Breast Cancer Wisconsin via scikit-learn (Debian)", "BSD-3-Clause",
                "breast-cancer",
                Map.of("breast_cancer.csv",
                        "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed"),
                true));
    }

    private Catalog() {
    }

    private static void add(DatasetInfo info) {
        ALL.put(info.name(), info);
    }

    /** Every known dataset, in listing order. */
    static List<DatasetInfo> all() {
        return List.copyOf(ALL.values());
    }

    /** The dataset called {@code name}; an unknown name gets the nearest names suggested. */
    static DatasetInfo get(String name) {
        DatasetInfo info = ALL.get(name == null ? "" : name.trim());
        if (info == null) {
            throw Msg.error("dataset.unknown", name, Names.hint(String.valueOf(name),
                    ALL.keySet()));
        }
        return info;
    }

    /** The pinned SHA-256 of {@code file} of dataset {@code name}. */
    static String sum(String name, String file) {
        return get(name).files().get(file);
    }
}
