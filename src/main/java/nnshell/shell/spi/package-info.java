/**
 * The shell's extension points: commands, the context they run in and listeners of evaluation.
 * Lessons, sessions, plots and data add their slash commands through these.
 */
package nnshell.shell.spi;
