package nnshell.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nnshell.console.Suggest.Match;

class SuggestTest {

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggest.distance("session.jsh", "sesion.jsh")).isEqualTo(1);
        assertThat(Suggest.distance("abc", "xyz")).isEqualTo(3);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("Relu", "relu")).isEqualTo(1);
        assertThat(Suggest.distance("", "adam")).isEqualTo(4);
    }

    @Test
    void nearestListsCloseCandidatesNearestFirstIgnoringCase() {
        List<Match> near = Suggest.nearest("RELU", List.of("tanh", "elu", "relu", "gelu"));

        assertThat(near).containsExactly(new Match("relu", 0), new Match("elu", 1),
                new Match("gelu", 1));
    }

    @Test
    void nearestLeavesOutWhatIsTooFar() {
        assertThat(Suggest.nearest("sav", List.of("mode", "save"), 2))
                .containsExactly(new Match("save", 1));
        assertThat(Suggest.nearest("xyz", List.of("mode", "save"), 2)).isEmpty();
        assertThat(Suggest.limit("ab")).isEqualTo(2);
        assertThat(Suggest.limit("fashion-mnist-x")).isEqualTo(5);
        assertThat(Suggest.nearest("fashon-mnist", List.of("fashion-mnist", "iris")))
                .extracting(Match::name).containsExactly("fashion-mnist");
    }

    @Test
    void closestPicksTheFirstOfTheNearestOrNothing() {
        assertThat(Suggest.closest("zzzz", List.of("adam", "sgd"))).contains("adam");
        assertThat(Suggest.closest("ab", List.of("ax", "xb"))).contains("ax");
        assertThat(Suggest.closest("x", List.of())).isEmpty();
        assertThat(Suggest.closest("neurn", List.of("neuron", "tensors"), 1)).contains("neuron");
        assertThat(Suggest.closest("tens", List.of("neuron", "matrix"), 1)).isEmpty();
    }
}
