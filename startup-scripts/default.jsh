// nnshell's default startup: the DSL's names, ready to use.
import nnshell.dsl.*;
import nnshell.data.*;
import tech.tablesaw.api.Table;
