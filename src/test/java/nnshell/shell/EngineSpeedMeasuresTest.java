package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Test;
import org.junitpioneer.jupiter.SetSystemProperty;

import nnshell.shell.spi.EvalResult;
import nnshell.shell.spi.EvalResult.Status;

/**
 * What the engine does to stay fast must not be visible as lost features: the compiler starts
 * with a short class path but a snippet that needs the rest still compiles, and old unnamed
 * values are dropped with a sentence that says why.
 */
@SetSystemProperty(key = "nnshell.lang", value = "en")
class EngineSpeedMeasuresTest {
    @Test
    void aClassOutsideTheFirstClassPathStillCompiles() {
        try (Engine engine = new Engine()) {
            // picocli is on the JVM's class path, not among the first entries javac sees
            List<EvalResult> results = engine.eval("picocli.CommandLine.class.getSimpleName()");
            assertThat(results).singleElement()
                    .satisfies(r -> assertThat(r.value()).endsWith("==> \"CommandLine\""));
            assertThat(engine.widenClassPath()).as("already widened by the retry").isFalse();
        }
    }

    @Test
    void aMethodUsingAClassOutsideTheFirstClassPathIsDefinedAtOnce() {
        try (Engine engine = new Engine()) {
            List<EvalResult> declared = engine.eval(
                    "String name() { return picocli.CommandLine.class.getSimpleName(); }");
            assertThat(declared).singleElement().satisfies(r -> {
                assertThat(r.ok()).isTrue();
                assertThat(r.message()).as("no 'cannot be invoked until' note").isEmpty();
            });
            assertThat(engine.eval("name()").get(0).value()).endsWith("==> \"CommandLine\"");
        }
    }

    @Test
    void widenedOnceByTheShellWhenIdle() {
        try (Engine engine = new Engine()) {
            assertThat(engine.widenClassPath()).isTrue();
            assertThat(engine.widenClassPath()).isFalse();
            assertThat(engine.eval("picocli.CommandLine.class.getSimpleName()").get(0).ok())
                    .isTrue();
        }
    }

    @Test
    void onlyTheLastUnnamedValuesAreKept() {
        try (Engine engine = new Engine()) {
            int typed = Engine.KEPT_TEMPORARIES + 10;
            for (int i = 1; i <= typed; i++) {
                assertThat(engine.eval("100 + " + i).get(0).ok()).isTrue();
            }
            long active = engine.jshell().variables()
                    .filter(v -> engine.jshell().status(v).isActive())
                    .filter(v -> v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                    .count();
            assertThat(active).isEqualTo(Engine.KEPT_TEMPORARIES);
            String newest = engine.jshell().variables().map(VarSnippet::name)
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(engine.eval(newest).get(0).value()).endsWith("==> " + (100 + typed));

            EvalResult first = engine.eval("$1 * 2").get(0);
            assertThat(first.status()).isEqualTo(Status.COMPILE_ERROR);
            assertThat(first.message())
                    .contains("$1 is no longer kept")
                    .contains("last " + Engine.KEPT_TEMPORARIES + " unnamed values")
                    .contains("var result = ...;");
        }
    }

    @Test
    void aNamedVariableIsNeverDropped() {
        try (Engine engine = new Engine()) {
            engine.eval("int keep = 7;");
            for (int i = 0; i < Engine.KEPT_TEMPORARIES + 5; i++) {
                engine.eval("keep + " + i);
            }
            assertThat(engine.eval("keep").get(0).value()).isEqualTo("keep ==> 7");
        }
    }
}
