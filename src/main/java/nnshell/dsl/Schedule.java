package nnshell.dsl;

/**
 * A learning rate that changes with the epoch (counted from 0).
 *
 * <pre>{@code SGD(0.1).schedule(Schedule.step(0.5, 10))}</pre>
 */
@FunctionalInterface
public interface Schedule {

    /** The learning rate for {@code epoch}, given the optimizer's initial rate. */
    double rate(int epoch, double initial);

    /** Multiplies the rate by {@code factor} every {@code everyEpochs} epochs. */
    static Schedule step(double factor, int everyEpochs) {
        if (everyEpochs < 1) {
            throw new IllegalArgumentException(Msg.text("schedule.every", everyEpochs));
        }
        return (epoch, initial) -> initial * Math.pow(factor, epoch / everyEpochs);
    }

    /** Multiplies the rate by {@code factor} every epoch: initial * factor^epoch. */
    static Schedule exponential(double factor) {
        return (epoch, initial) -> initial * Math.pow(factor, epoch);
    }
}
