package nnshell.lesson;

import java.util.List;

/** A lesson file has mistakes; each problem names the file, the line and what is wrong. */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    /** An exception listing problems, each already of the form "FILE:LINE: what is wrong". */
    public LessonFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one sentence each, starting with "FILE:LINE:". */
    public List<String> problems() {
        return problems;
    }
}
