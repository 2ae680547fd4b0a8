package nnshell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void suggestsCloseNamesOnly() {
        List<String> names = List.of("counter", "count", "Tensor", "list", "lesson");
        assertThat(Names.nearest("countr", names)).contains("counter");
        assertThat(Names.nearest("tensor", names)).contains("Tensor");
        assertThat(Names.nearest("lsit", names)).contains("list");
        assertThat(Names.nearest("zebra", names)).isEmpty();
    }

    @Test
    void distanceCountsEditsAndHalvesCaseChanges() {
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3.0);
        assertThat(Names.distance("ab", "ba")).isEqualTo(1.0);
        assertThat(Names.distance("Tensor", "tensor")).isEqualTo(0.5);
        assertThat(Names.distance("", "abc")).isEqualTo(3.0);
    }
}
