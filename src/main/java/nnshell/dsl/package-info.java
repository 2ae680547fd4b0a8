/**
 * The teaching core: tensors, neurons, activations, layers, models, losses, optimizers and
 * training loops. It knows nothing of the shell, plots or lessons.
 */
package nnshell.dsl;
