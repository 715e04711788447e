"""NDArray methods read attributes as the nd functions do, and an array given as an attribute fails as its text in MXNet's parser order."""
import mxnet as mx

nd = mx.nd
x = nd.arange(12).reshape((3, 4))
v = nd.ones((2,))


def show(label, fn):
    try:
        r = fn()
        print(label, "ran", r.shape)
    except Exception as e:      # noqa: BLE001  (the exception is the output)
        print(label, type(e).__name__, str(e).replace("MXNetError: ", "").split("\n")[0])


show("slice_axis method", lambda: x.slice_axis(axis=1.5, begin=0, end=2))
show("slice_axis function", lambda: nd.slice_axis(x, axis=1.5, begin=0, end=2))
show("slice_axis begin", lambda: x.slice_axis(axis=1, begin=0.5, end=2))
show("NDArrayIter batch_size=2.0", lambda: mx.io.NDArrayIter(x, batch_size=2.0).next())
show("expand_dims", lambda: x.expand_dims(axis=1.5))
show("tile", lambda: x.tile(reps=2.5))
show("one_hot", lambda: x.one_hot(depth=2.5))
show("topk", lambda: x.topk(k=1.5))
show("split", lambda: x.split(num_outputs=2.0))
show("swapaxes", lambda: x.swapaxes(0.5, 1))
show("transpose", lambda: x.transpose(axes=(1.0, 0)))
show("softmax", lambda: x.softmax(axis=0.5))
show("take", lambda: x.take(nd.array([0]), axis=0.5))
show("repeat", lambda: x.repeat(repeats=1.5))
show("broadcast_to", lambda: x.broadcast_to((3.0, 4)))
show("slice", lambda: x.slice(begin=(0.5,), end=(2,)))
show("norm", lambda: x.norm(ord=1.5))
show("argmax", lambda: x.argmax(axis=0.5))
show("squeeze", lambda: x.squeeze(axis=0.5))
show("slice_axis two bad", lambda: nd.slice_axis(x, axis=0, begin=0.0, end=2.0))
show("random_uniform(np, np)", lambda: nd.random_uniform(mx.np.ones((2,)), mx.np.ones((2,))))
show("random_normal(np, np)", lambda: nd.random_normal(mx.np.ones((2,)), mx.np.ones((2,))))
show("random_uniform(0, np)", lambda: nd.random_uniform(0, mx.np.ones((2,))))
show("one_hot(nd, np)", lambda: nd.one_hot(v, mx.np.ones((2,))))
show("one_hot(nd, nd)", lambda: nd.one_hot(v, v))
show("Convolution kernel=np", lambda: nd.Convolution(x, kernel=str(mx.np.ones((2,))), num_filter=1))
show("Activation(nd, np)", lambda: nd.Activation(x, mx.np.ones((2, 2))))
show("Pad(nd, np)", lambda: nd.Pad(x, mx.np.ones((2, 2))))
show("Flatten(nd, out np)", lambda: nd.Flatten(x, mx.np.zeros((3, 4))))
show("arccos(nd, out np)", lambda: nd.arccos(x, mx.np.zeros((3, 4))))
for name in ["sum", "mean", "max", "argmax", "argsort", "broadcast_to", "expand_dims"]:
    show(f"{name}(nd, np)", lambda: getattr(nd, name)(x, mx.np.ones((2, 2))))
    show(f"{name}(nd, 1.5)", lambda: getattr(nd, name)(x, 1.5))
print(nd.sum(x, 1).asnumpy().tolist(), nd.mean(x, 0, True).shape, nd.argmax(x, 1).asnumpy().tolist())
