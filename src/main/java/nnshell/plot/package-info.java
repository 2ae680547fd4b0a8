/** Charts drawn with XChart: in a window, inside the terminal, and in files. */
package nnshell.plot;
