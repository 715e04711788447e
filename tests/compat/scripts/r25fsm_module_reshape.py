"""Module.forward on a batch of a new size rebinds as Executor.reshape does: every array keeps the type it was
bound with (whatever the batch's DataDesc says), and a shape the labels cannot take fails with the bare
inference error, not simple_bind's."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _words import words

data = mx.sym.var("data")
two_heads = mx.sym.Group([
    mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name="a"), name="sm"),
    mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(data, num_hidden=3, name="b"), name="lr")])
mod = mx.mod.Module(two_heads, label_names=("sm_label", "lr_label"))
mod.bind([("data", (4, 5))], [("sm_label", (4,)), ("lr_label", (4, 3))])
mod.init_params(mx.init.Constant(0.1))
for data_shape, label_shapes in [((6, 5), [(6,), (6, 3)]), ((6, 5), [(6, 3), (6,)]), ((2, 5), [(2,), (2, 4)]),
                                 ((3, 5), [(3, 2), (3, 3)]), ((6, 6), [(6,), (6, 3)]), ((2, 5), [(2,), (2, 3)])]:
    batch = mx.io.DataBatch([mx.nd.ones(data_shape)], [mx.nd.ones(s) for s in label_shapes])
    try:
        mod.forward(batch, is_train=True)
        print(data_shape, label_shapes, [(o.shape, o.dtype.__name__) for o in mod.get_outputs()])
    except Exception as e:
        print(data_shape, label_shapes, words(e))

# the same rows through an iterator whose dict of labels sorts them in the other order
x = np.random.RandomState(0).uniform(-1, 1, (7, 5)).astype("float32")
it = mx.io.NDArrayIter(x, {"sm_label": np.arange(7) % 3, "lr_label": np.ones((7, 3))}, batch_size=3)
print([d.name for d in it.provide_label])
for call in ("predict", "score"):
    try:
        print(call, getattr(mod, call)(it, *(["acc"] if call == "score" else [])))
    except Exception as e:
        print(call, words(e))

net = mx.sym.softmax(mx.sym.FullyConnected(data, num_hidden=3, name="fc"))
for bound in ("float32", "float64"):
    for given in ("float64", "float16", "int32", "float32"):
        mod = mx.mod.Module(net, label_names=None)
        mod.bind([mx.io.DataDesc("data", (4, 5), dtype=bound)], None, for_training=False)
        mod.init_params(mx.init.Constant(0.25))
        for n in (4, 6, 2):
            batch = mx.io.DataBatch([mx.nd.ones((n, 5), dtype=given)],
                                    provide_data=[mx.io.DataDesc("data", (n, 5), dtype=given)])
            try:
                mod.forward(batch, is_train=False)
                out = mod.get_outputs()[0]
                weight = mod._exec_group.execs[0].arg_dict["fc_weight"]
                print(bound, given, n, out.dtype.__name__, out.shape, out.asnumpy()[0].tolist(),
                      weight.dtype.__name__, mod.data_shapes[0].dtype)
            except Exception as e:
                print(bound, given, n, words(e))
