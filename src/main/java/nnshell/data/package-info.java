/**
 * Data for the course: the datasets ({@link nnshell.data.Datasets}), TensorFlow Playground's
 * 2-D sets ({@link nnshell.data.Playground}), exploration of Tablesaw tables
 * ({@link nnshell.data.Explore}, {@link nnshell.data.Hypotheses}) and preparation for a network
 * ({@link nnshell.data.Prep}, {@link nnshell.data.Scaler}). Every file read is checked against
 * its pinned SHA-256 and recorded in {@link nnshell.data.DataLog}. Uses the DSL; the
 * {@code /data} command plugs into the shell through {@code nnshell.shell.spi} only.
 */
package nnshell.data;
