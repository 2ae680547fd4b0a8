/** The command line: option parsing and the subcommands, built with picocli. */
package nnshell.cli;
