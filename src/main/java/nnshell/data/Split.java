package nnshell.data;

/**
 * Training, validation and test parts of one dataset.
 *
 * <pre>{@code Split<Table> parts = Prep.split(students, "school", 0.7, 0.15, 42);}</pre>
 *
 * @param train the part to fit on
 * @param validation the part to choose settings on (empty when its fraction is 0)
 * @param test the part to report on, used once at the end
 * @param <T> a Tablesaw table or an {@link XY}
 */
public record Split<T>(T train, T validation, T test) {
}
