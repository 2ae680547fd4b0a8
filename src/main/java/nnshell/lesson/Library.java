package nnshell.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lessons in the lessons directory: {@code nnshell.lessons.dir} if set, otherwise
 * {@code lessons/} in {@code nnshell.home}, otherwise {@code lessons/} in the working
 * directory. Files with mistakes are left out and their problems kept for reporting.
 */
public final class Library {
    private final Path dir;
    private final List<Lesson> lessons;
    private final List<String> problems;

    private Library(Path dir, List<Lesson> lessons, List<String> problems) {
        this.dir = dir;
        this.lessons = lessons;
        this.problems = problems;
    }

    /** The directory lessons are read from. */
    public static Path defaultDir() {
        String explicit = System.getProperty("nnshell.lessons.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String home = System.getProperty("nnshell.home");
        return home == null || home.isBlank() ? Path.of("lessons") : Path.of(home, "lessons");
    }

    /** Reads every lesson file in {@code dir}, problems described in {@code locale}. */
    public static Library load(Path dir, Locale locale) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : lessonFiles(dir, problems, locale)) {
            try {
                lessons.add(LessonParser.parse(file, locale));
            } catch (LessonFormatException e) {
                problems.addAll(e.problems());
            }
        }
        lessons.sort(Comparator.comparingInt(l -> Integer.parseInt(l.id())));
        return new Library(dir, List.copyOf(lessons), List.copyOf(problems));
    }

    private static List<Path> lessonFiles(Path dir, List<String> problems, Locale locale) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(LessonParser::isLessonFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Msg.text(locale, "library.noDir", dir));
            return List.of();
        }
    }

    /** Where the lessons were read from. */
    public Path dir() {
        return dir;
    }

    /** The lessons, by number. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** Problems found in lesson files, each "FILE:LINE: sentence". */
    public List<String> problems() {
        return problems;
    }

    /** The lesson with this number or name ("2", "02", "neuron"). */
    public Optional<Lesson> find(String idOrSlug) {
        String wanted = idOrSlug.strip().replaceFirst("^0+(?=\\d)", "");
        return lessons.stream()
                .filter(l -> l.id().equals(wanted) || l.slug().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The lesson whose name is nearest to a mistyped {@code idOrSlug}, if any is near. */
    public Optional<Lesson> nearest(String idOrSlug) {
        List<String> slugs = lessons.stream().map(Lesson::slug).toList();
        return Names.nearest(idOrSlug.strip(), slugs).flatMap(this::find);
    }
}
