package nnshell.lesson;

import java.nio.file.Path;

/** A child process for {@link ProgressTest}: saves progress in a loop until it is killed. */
public final class ProgressWriter {

    private ProgressWriter() {
    }

    /** Saves ever-growing progress to the state directory given as the only argument. */
    public static void main(String[] args) throws Exception {
        Progress progress = Progress.load(Path.of(args[0]));
        for (int i = 1; ; i++) {
            progress.setStep("2", i);
            progress.setStep("3", i);
            progress.markDone("2", i % 100);
            progress.save();
            if (i == 20) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }
}
