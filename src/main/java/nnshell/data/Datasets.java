package nnshell.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The datasets of the course under short names, loaded from checked files.
 *
 * <pre>{@code Table students = Datasets.studentMat();}</pre>
 *
 * <p>Every file is checked against its pinned SHA-256 and recorded in {@link DataLog}.
 * {@link #list()} says what is available; {@link #load(String)} loads by name.
 */
public final class Datasets {
    /** The columns of the Student Performance files that hold numbers. */
    public static final List<String> STUDENT_NUMERIC = List.of("age", "Medu", "Fedu",
            "traveltime", "studytime", "failures", "famrel", "freetime", "goout", "Dalc",
            "Walc", "health", "absences", "G1", "G2", "G3");

    private Datasets() {
    }

    /**
     * Student Performance, mathematics course: 395 rows, 33 columns (G3 is the final grade).
     * Example: {@code var df = Datasets.studentMat();}
     */
    public static Table studentMat() {
        return student("student-mat.csv");
    }

    /** Student Performance, Portuguese course: 649 rows, 33 columns. */
    public static Table studentPor() {
        return student("student-por.csv");
    }

    /** Handwritten digits: 1,797 images [1, 8, 8], pixels 0-16. {@code Datasets.digits().x()} */
    public static ImageSet digits() {
        return Loaders.digits();
    }

    /** Fashion-MNIST test set: 10,000 images [1, 28, 28], 10 classes. {@code fashionMnist()} */
    public static ImageSet fashionMnist() {
        return Loaders.fashionMnist();
    }

    /** Iris: 150 flowers, four measurements in cm and the {@code species}. */
    public static Table iris() {
        return Loaders.sklearnTable("iris", "iris.csv", List.of("sepal_length", "sepal_width",
                "petal_length", "petal_width"), "species");
    }

    /** Wine: 178 wines, 13 chemical measurements and the {@code cultivar} (class_0-2). */
    public static Table wine() {
        return Loaders.sklearnTable("wine", "wine_data.csv", List.of("alcohol", "malic_acid",
                "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
                "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                "od280_od315", "proline"), "cultivar");
    }

    /** Breast Cancer Wisconsin: 569 cases, 30 features, {@code diagnosis} malignant/benign. */
    public static Table breastCancer() {
        List<String> measures = List.of("radius", "texture", "perimeter", "area",
                "smoothness", "compactness", "concavity", "concave_points", "symmetry",
                "fractal_dimension");
        List<String> features = new ArrayList<>();
        for (String kind : List.of("mean_", "error_", "worst_")) {
            measures.forEach(m -> features.add(kind + m));
        }
        return Loaders.sklearnTable("breast-cancer", "breast_cancer.csv", features,
                "diagnosis");
    }

    /**
     * The dataset called {@code name} (a {@link Table} or an {@link ImageSet}); an unknown
     * name gets the nearest names suggested. Example: {@code Datasets.load("iris")}.
     */
    public static Object load(String name) {
        return switch (Catalog.get(name).name()) {
            case "student-mat" -> studentMat();
            case "student-por" -> studentPor();
            case "digits" -> digits();
            case "fashion-mnist" -> fashionMnist();
            case "iris" -> iris();
            case "wine" -> wine();
            default -> breastCancer();
        };
    }

    /** The table dataset {@code name}. Example: {@code Datasets.table("wine")}. */
    public static Table table(String name) {
        Object data = load(name);
        if (data instanceof Table table) {
            return table;
        }
        throw Msg.error("dataset.kind", name, Msg.text("kind.images"),
                "Datasets.images(\"" + name + "\")");
    }

    /** The image dataset {@code name}. Example: {@code Datasets.images("digits")}. */
    public static ImageSet images(String name) {
        if (Catalog.get(name).kind().equals("images")) {
            return (ImageSet) load(name);
        }
        throw Msg.error("dataset.kind", name, Msg.text("kind.table"),
                "Datasets.table(\"" + name + "\")");
    }

    /** What nnshell knows about the dataset {@code name}. */
    public static DatasetInfo info(String name) {
        return Catalog.get(name);
    }

    /** Every dataset with size, source, licence and whether its files are here. {@code /data} */
    public static Table list() {
        List<DatasetInfo> all = Catalog.all();
        Table table = Table.create(Msg.text("list.title"));
        table.addColumns(
                StringColumn.create("name", all.stream().map(DatasetInfo::name)),
                StringColumn.create("size", all.stream().map(DatasetInfo::size)),
                StringColumn.create("source", all.stream().map(DatasetInfo::source)),
                StringColumn.create("licence", all.stream().map(DatasetInfo::licence)),
                StringColumn.create("status", all.stream().map(Datasets::status)));
        return DataTable.of(table);
    }

    /** Reads your own CSV file, guessing the separator. {@code Datasets.csv("marks.csv")} */
    public static Table csv(String path) {
        Path file = Path.of(path);
        Table table = Csv.read(file);
        DataLog.record(file.toString(), Sha256.of(file));
        return DataTable.of(table);
    }

    /** Reads your own CSV file whose values are separated by {@code separator}. */
    public static Table csv(String path, char separator) {
        Path file = Path.of(path);
        Table table = Csv.read(file, separator);
        DataLog.record(file.toString(), Sha256.of(file));
        return DataTable.of(table);
    }

    private static Table student(String file) {
        Path path = StudentPerformance.file(file);
        Table table = Csv.read(path, ';');
        Csv.requireColumnCount(table, path, 33);
        Csv.requireNumeric(table, path, STUDENT_NUMERIC);
        return DataTable.of(table);
    }

    private static String status(DatasetInfo info) {
        boolean present = info.files().keySet().stream()
                .allMatch(f -> DataDirs.find(info.folder(), f).isPresent());
        if (present) {
            return Msg.text("list.here");
        }
        return info.committed() ? Msg.text("list.missing") : Msg.text("list.download");
    }

}
