// nnshell's default startup: the imports stock jshell gives, then the DSL's names.
import java.io.*;
import java.math.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import nnshell.dsl.*;
import static nnshell.dsl.Keras.*;
import nnshell.data.*;
import tech.tablesaw.api.Table;
import nnshell.research.*;
import static nnshell.plot.Plots.*;
{ nnshell.plot.LivePlots.install(); }
