package nnshell.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nnshell.console.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./nnshell test}: every test, through {@code .ci/test}. The launcher runs that script
 * itself, before Java starts; this command lists it in {@code --help} and does the same when
 * nnshell is started another way.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs every test (.ci/test): installs tmux, Xvfb, Chromium and ImageMagick"
                + " when missing, then mvn verify and the lesson checks in English and Polish.")
public final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MAVEN_ARG", arity = "0..*",
            description = "Passed on to mvn verify, e.g. -Dit.test=ShellIT.")
    List<String> mavenArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("nnshell.home", "."), ".ci", "test");
        if (!Files.isExecutable(script)) {
            System.err.println(Lang.text("nnshell.cli.messages", "test.missing",
                    script.toAbsolutePath()));
            return 1;
        }
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(mavenArgs);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
