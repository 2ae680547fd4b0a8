package nnshell.data;

/**
 * A problem with data the student can fix: a missing file, a wrong separator, a typo in a
 * column name. The message is a full sentence in the student's language that says what was
 * wrong and what to do.
 */
public class DataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An error with a message ready for the student. */
    public DataException(String message) {
        super(message);
    }

    /** An error with a message ready for the student and the cause behind it. */
    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
