package nnshell.dsl;

/**
 * Anything that maps a batch of inputs to a batch of outputs: a neuron, a layer, a network.
 * Plots, metrics and the research tools work on this, so they work on every model.
 */
public interface Model {

    /** Outputs for a batch of inputs; rows (the first dimension) are examples. */
    Tensor predict(Tensor inputs);
}
