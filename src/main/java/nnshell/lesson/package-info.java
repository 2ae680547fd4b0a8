/** Guided lessons: lesson files, steps, checks against the session's state, progress. */
package nnshell.lesson;
