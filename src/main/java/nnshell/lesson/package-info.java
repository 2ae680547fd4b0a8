/**
 * Guided lessons: lesson files, steps, checks against the session's state, progress.
 *
 * <p>{@link nnshell.lesson.LessonParser} reads the Markdown files of {@code lessons/} (format
 * in {@code lessons/README.md}); {@link nnshell.lesson.Tutor} steps a student through one in
 * the shell, driven by the slash commands of {@link nnshell.lesson.LessonCommands};
 * {@link nnshell.lesson.Progress} saves where each lesson stopped, atomically; and
 * {@link nnshell.lesson.LessonVerifier} runs every lesson headless for
 * {@code ./nnshell lessons --check}. The package uses the shell only through
 * {@code nnshell.shell.spi}, and {@link nnshell.shell.Engine} for headless checks.
 */
package nnshell.lesson;
