// nnshell's default startup: the DSL's names, ready to use.
import nnshell.dsl.*;
import static nnshell.dsl.Keras.*;
import nnshell.research.*;
