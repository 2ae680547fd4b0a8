/** The interactive shell: JShell for evaluation, JLine for the terminal, slash commands. */
package nnshell.shell;
