/** The benchmark workloads, run through the DSL as a student would write them. */
package nnshell.bench;
