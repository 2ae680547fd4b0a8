/** Sessions: the journal, saving as .jsh scripts, replay that verifies, batch runs, export. */
package nnshell.session;
