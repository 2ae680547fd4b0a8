package nnshell.dsl;

import java.util.Arrays;

/**
 * A trainable tensor of a layer with its gradient, named like {@code dense_1/kernel}.
 * Backward passes add into {@link #grad()}; optimizers read it and update {@link #value()}.
 *
 * <pre>{@code model.parameters().get(0).grad()}</pre>
 */
public final class Parameter {
    private String name;
    private final Tensor value;
    private final Tensor grad;

    /** A parameter called {@code name} holding {@code value}, with a zero gradient. */
    public Parameter(String name, Tensor value) {
        this.name = name;
        this.value = value;
        this.grad = Tensor.zeros(value.shape());
    }

    /** The name, such as {@code dense_1/kernel}. */
    public String name() {
        return name;
    }

    void rename(String newName) {
        name = newName;
    }

    /** The current values (shared: optimizers change them in place). */
    public Tensor value() {
        return value;
    }

    /** The gradient of the loss with respect to the values, summed since the last zeroGrad. */
    public Tensor grad() {
        return grad;
    }

    /** Number of values. */
    public int size() {
        return value.size();
    }

    /** Sets the gradient to zero. */
    public void zeroGrad() {
        Arrays.fill(grad.data(), 0.0);
    }

    /** The tensor after {@code label}, its later lines indented to stay aligned. */
    private static String labelled(String label, Tensor t) {
        return label + t.toString().replace("\n", "\n" + " ".repeat(label.length()));
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(value.shape()) + "\n" + labelled("  value: ", value)
                + "\n" + labelled("  grad:  ", grad);
    }
}
