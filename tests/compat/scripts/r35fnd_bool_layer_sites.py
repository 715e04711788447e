"""Shape, index, binary and layer operators on bool data: results, or the line of the kernel that refuses bool."""
# recorded on AVX2
import mxnet as mx
nd = mx.nd
x = nd.array([[1, 0, 1], [0, 1, 1]], dtype="bool")
y = nd.array([[0, 0, 1], [1, 1, 0]], dtype="bool")
i = nd.array([0, 1])
calls = {
    "transpose": lambda: nd.transpose(x), "reshape": lambda: nd.reshape(x, shape=(3, 2)), "flip": lambda: nd.flip(x, axis=0),
    "tile": lambda: nd.tile(x, reps=(2,)), "repeat": lambda: nd.repeat(x, repeats=2), "expand_dims": lambda: nd.expand_dims(x, axis=0),
    "squeeze": lambda: nd.squeeze(x), "flatten": lambda: nd.flatten(x), "slice": lambda: nd.slice(x, begin=(0,), end=(1,)),
    "slice_axis": lambda: nd.slice_axis(x, axis=1, begin=0, end=2), "take": lambda: nd.take(x, i), "pick": lambda: nd.pick(x, i),
    "one_hot": lambda: nd.one_hot(nd.array([0, 1]), 2, dtype="bool"), "where": lambda: nd.where(x, x, y),
    "concat": lambda: nd.concat(x, y, dim=0), "stack": lambda: nd.stack(x, y), "split": lambda: nd.split(x, num_outputs=3, axis=1)[0],
    "swapaxes": lambda: nd.swapaxes(x, 0, 1), "broadcast_to": lambda: nd.broadcast_to(x[0:1], shape=(3, 3)),
    "broadcast_axis": lambda: nd.broadcast_axis(x[0:1], axis=0, size=2), "broadcast_like": lambda: nd.broadcast_like(x[0:1], x),
    "clip": lambda: nd.clip(x, 0, 1), "diag": lambda: nd.diag(x), "pad": lambda: nd.pad(x.reshape((1, 1, 2, 3)), mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)),
    "sort": lambda: nd.sort(x), "argsort": lambda: nd.argsort(x), "topk": lambda: nd.topk(x), "reverse": lambda: nd.reverse(x, axis=1),
    "gather_nd": lambda: nd.gather_nd(x, nd.array([[0], [1]])), "scatter_nd": lambda: nd.scatter_nd(x[0], nd.array([[0, 1, 1]]), shape=(2,)),
    "slice_like": lambda: nd.slice_like(x, y[0:1]), "reshape_like": lambda: nd.reshape_like(x, y.T),
    "space_to_depth": lambda: nd.space_to_depth(nd.ones((1, 1, 2, 2), dtype="bool"), block_size=2),
    "depth_to_space": lambda: nd.depth_to_space(nd.ones((1, 4, 1, 1), dtype="bool"), block_size=2),
    "SequenceReverse": lambda: nd.SequenceReverse(x), "SequenceMask": lambda: nd.SequenceMask(x), "SequenceLast": lambda: nd.SequenceLast(x),
    "batch_take": lambda: nd.batch_take(x, i), "Embedding": lambda: nd.Embedding(i, x, input_dim=2, output_dim=3),
    "add": lambda: x + y, "sub": lambda: x - y, "mul": lambda: x * y, "div": lambda: x / y, "mod": lambda: x % y, "pow": lambda: x ** y,
    "eq": lambda: x == y, "maximum": lambda: nd.maximum(x, y), "hypot": lambda: nd.hypot(x, y),
    "elemwise_add": lambda: nd.elemwise_add(x, y), "elemwise_mul": lambda: nd.elemwise_mul(x, y),
    "broadcast_logical_xor": lambda: nd.broadcast_logical_xor(x, y), "dot": lambda: nd.dot(x, y.T), "batch_dot": lambda: nd.batch_dot(x.reshape((1, 2, 3)), y.reshape((1, 3, 2))),
    "add_scalar": lambda: x + 1, "rsub_scalar": lambda: 1 - x, "mul_scalar": lambda: x * 2.5, "gt_scalar": lambda: x > 0,
    "FullyConnected": lambda: nd.FullyConnected(x, y, no_bias=True, num_hidden=2), "Activation": lambda: nd.Activation(x, act_type="relu"),
    "LeakyReLU": lambda: nd.LeakyReLU(x), "Dropout": lambda: nd.Dropout(x, p=0.5), "softmax": lambda: nd.softmax(x),
    "cast": lambda: nd.cast(x, dtype="float32"), "amp_cast": lambda: nd.amp_cast(x, dtype="float16"),
    "zeros_like": lambda: nd.zeros_like(x), "ones_like": lambda: nd.ones_like(x), "shape_array": lambda: nd.shape_array(x),
    "BlockGrad": lambda: nd.BlockGrad(x), "square_sum": lambda: nd._internal._square_sum(x, axis=1),
}
for name, f in calls.items():
    try:
        r = f()
        print(name, r.dtype, r.shape, r.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        print(name, str(e).strip().split("\n")[1:3])
    except Exception as e:
        print(name, type(e).__name__, str(e).split("\n")[0][:150])
