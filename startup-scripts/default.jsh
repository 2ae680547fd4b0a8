// nnshell's default startup: the DSL's names, ready to use.
import nnshell.dsl.*;
import static nnshell.dsl.Keras.*;
import nnshell.data.*;
import tech.tablesaw.api.Table;
import nnshell.research.*;
import static nnshell.plot.Plots.*;
{ nnshell.plot.LivePlots.install(); }
