/** Datasets, playground sets, exploration and preparation with Tablesaw. Uses the DSL only. */
package nnshell.data;
