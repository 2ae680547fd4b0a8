/**
 * Charts drawn with XChart: in a window that updates live, inside the terminal (braille and
 * block characters, or kitty/iTerm2/sixel images), and in PNG and SVG files.
 *
 * <p>{@link nnshell.plot.Plots} has the short names students call; {@link nnshell.plot.Display}
 * sends each chart where {@code nnshell.plots} says; {@link nnshell.plot.LivePlots} draws
 * training curves during {@code fit}; {@link nnshell.plot.ChartLog} keeps every chart as PNG
 * for the session's export. Uses the DSL and nothing of the shell but its command interface.
 */
package nnshell.plot;
