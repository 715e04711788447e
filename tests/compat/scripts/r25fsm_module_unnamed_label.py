"""A Module told of no labels (label_names=None) but bound with one counts the label as a parameter: the
bind warns, the default initializer refuses it, and a batch of another size reshapes it to the size given
(as Executor.reshape does) instead of refusing the shared parameter's new shape; its updates then follow
MXNet's, refusals included."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from _words import words

net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=2, name="fc"), name="softmax")
X = np.random.RandomState(0).uniform(-1, 1, (9, 4)).astype("float32")
Y = np.arange(9) % 2


def batch(n):
    return mx.io.DataBatch([mx.nd.array(X[:n])], [mx.nd.array(Y[:n])])


def shown(value):
    if isinstance(value, mx.nd.NDArray):
        return value.shape, np.round(value.asnumpy().astype("float64"), 5).ravel().tolist()
    if isinstance(value, dict):
        return {k: shown(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [shown(v) for v in value]
    return value


def step(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "->", shown(fn()))
        except Exception as e:
            print(label, "->", words(e))
    for w in caught:
        print(label, "warns", w.category.__name__, str(w.message)[:120])


CHANGES = {
    "reshape": lambda m: m.reshape([("data", (2, 4))], [("softmax_label", (2,))]),
    "forward smaller": lambda m: (m.forward(batch(2)), m.get_outputs())[1],
    "forward larger": lambda m: (m.forward(batch(5)), m.get_outputs())[1],
    "predict": lambda m: m.predict(mx.io.NDArrayIter(X, Y, 2)),
}
for case, change in CHANGES.items():
    mod = mx.mod.Module(net, label_names=None)
    step(case + " bind", lambda: mod.bind([("data", (3, 4))], [("softmax_label", (3,))]))
    step(case + " init", lambda: mod.init_params(mx.init.Constant(0.5)))
    step(case + " init given", lambda: mod.init_params(arg_params={
        "fc_weight": mx.nd.ones((2, 4)), "fc_bias": mx.nd.zeros(2), "softmax_label": mx.nd.array([0, 1, 1])}))
    mod.init_optimizer(optimizer_params={"learning_rate": 0.5})
    step(case, lambda: change(mod))
    step(case + " shapes", lambda: (mod.data_shapes, mod.label_shapes, mod.output_shapes))
    step(case + " train 2", lambda: (mod.forward(batch(2), is_train=True), mod.get_outputs())[1])
    step(case + " update", lambda: (mod.backward(), mod.update(), mod.get_params())[2])
    step(case + " arrays", lambda: {k: v for k, v in mod._exec_group.execs[0].arg_dict.items() if k != "data"})
    step(case + " train 3", lambda: (mod.forward(batch(3), is_train=True), mod.backward(), mod.update(),
                                     mod.get_params())[3])
