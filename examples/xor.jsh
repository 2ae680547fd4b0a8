// XOR, the function one neuron cannot learn: a network with a hidden layer learns it.
// Run it with: ./nnshell run examples/xor.jsh   or, in the shell: /open examples/xor.jsh
Seeds.set(1);
var x = tensor(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
var y = tensor(0, 1, 1, 0).reshape(4, 1);
var model = sequential(Input(2), Dense(4, "tanh"), Dense(1, "sigmoid"));
model.compile(SGD(0.5, 0.9), "binaryCrossentropy", "accuracy");
var history = model.fit(x, y, options().epochs(500).batchSize(4));
model.predict(x)
Metric.ACCURACY.compute(model.predict(x), y)
