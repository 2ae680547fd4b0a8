/**
 * The console: the single channel for text the student must see, shared by every layer.
 * It depends on nothing else in nnshell.
 */
package nnshell.console;
