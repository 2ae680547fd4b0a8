package nnshell.shell.spi;

/** Told of every snippet the shell evaluates, before its result is shown to the student. */
public interface EvalListener {

    /** Called once per snippet, in order, with its result. */
    void evaluated(EvalResult result);
}
