package nnshell.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import nnshell.shell.ScriptFiles;
import nnshell.shell.ShellOptions;

/** Runs a .jsh script headless and exits 0 only if every snippet succeeded. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a .jsh script headless; exit code 0 only if every snippet succeeded.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "FILE", description = "The script to run, e.g. session.jsh.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Optional<String> problem = ScriptFiles.problem(file);
        if (problem.isPresent()) {
            System.err.println(ScriptFiles.cannotRun(file, problem.get()));
            return 1;
        }
        ShellOptions options = ShellOptions.of(false, common.startup);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ShellCommand.runHeadless(options, file.getFileName().toString(), in,
                    System.out);
        } catch (CharacterCodingException e) {
            System.err.println(ScriptFiles.cannotRun(file, ScriptFiles.notText()));
            return 1;
        }
    }
}
