package nnshell.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueMatchTest {

    @Test
    void exactByDefault() {
        ValueMatch exact = new ValueMatch(0);

        assertThat(exact.matches("loss ==> 0.25", "loss ==> 0.25")).isTrue();
        assertThat(exact.matches("loss ==> 0.25", "loss ==> 0.2500000001")).isFalse();
        assertThat(exact.matches("x ==> 3", "y ==> 3")).isFalse();
    }

    @Test
    void toleranceLetsNumbersDifferButNotTheText() {
        ValueMatch loose = new ValueMatch(1e-6);

        assertThat(loose.matches("w ==> [0.5, 1.25E-3]", "w ==> [0.5000001, 1.2500001E-3]"))
                .isTrue();
        assertThat(loose.matches("w ==> [0.5, 1.0]", "w ==> [0.5, 1.1]")).isFalse();
        assertThat(loose.matches("w ==> [0.5, 1.0]", "v ==> [0.5, 1.0]")).isFalse();
        assertThat(loose.matches("w ==> [0.5]", "w ==> [0.5, 1.0]")).isFalse();
    }

    @Test
    void identityHashesAreNotValues() {
        ValueMatch exact = new ValueMatch(0);

        assertThat(exact.matches("r ==> java.util.Random@1b2c3d",
                "r ==> java.util.Random@5c86a017")).isTrue();
        assertThat(exact.matches("r ==> java.util.Random@1b2c3d", "r ==> java.lang.Object@1b2c3d"))
                .isFalse();
    }

    @Test
    void aChartsPlotModeIsNotPartOfItsValue() {
        ValueMatch exact = new ValueMatch(0);

        assertThat(exact.matches("c ==> decision boundary \"Decision boundary\" (terminal)",
                "c ==> decision boundary \"Decision boundary\" (file)")).isTrue();
        assertThat(exact.matches("c ==> decision boundary \"Decision boundary\" (window)",
                "c ==> decision boundary \"Decision boundary\"")).isTrue();
        assertThat(exact.matches("c ==> line \"Loss\" (file)", "c ==> line \"Accuracy\" (file)"))
                .isFalse();
        assertThat(exact.matches("s ==> \"a (b)\"", "s ==> \"a (c)\"")).isFalse();
    }
}
