"""Which error class common nd mistakes raise (at the call or on reading), as MXNet 1.9.1."""
import mxnet as mx
import numpy as np
nd = mx.nd
a = nd.ones((2, 3)); b = nd.ones((3, 2)); i = nd.array([0, 5])
cases = [
 ("add shape", lambda: a + b),
 ("elemwise_add shape", lambda: nd.elemwise_add(a, b)),
 ("broadcast_add shape", lambda: nd.broadcast_add(a, nd.ones((4, 3)))),
 ("dot", lambda: nd.dot(a, a)),
 ("batch_dot", lambda: nd.batch_dot(a, a)),
 ("concat", lambda: nd.concat(a, b, dim=0)),
 ("stack", lambda: nd.stack(a, b)),
 ("reshape", lambda: a.reshape((4,))),
 ("reshape -5", lambda: a.reshape((-5,))),
 ("transpose axes", lambda: nd.transpose(a, axes=(0, 2))),
 ("sum axis", lambda: a.sum(axis=3)),
 ("slice_axis", lambda: nd.slice_axis(a, axis=3, begin=0, end=1)),
 ("slice", lambda: nd.slice(a, begin=(0, 0, 0), end=(1, 1, 1))),
 ("index", lambda: a[5]),
 ("index tuple", lambda: a[0, 5]),
 ("setitem shape", lambda: a.__setitem__(slice(None), nd.ones((4,)))),
 ("FC bad weight", lambda: nd.FullyConnected(a, nd.ones((4, 5)), nd.ones((4,)), num_hidden=4)),
 ("FC no num_hidden", lambda: nd.FullyConnected(a, nd.ones((4, 3)), nd.ones((4,)))),
 ("Conv bad", lambda: nd.Convolution(a, nd.ones((1, 1, 3, 3)), kernel=(3, 3), num_filter=1, no_bias=True)),
 ("Activation bad type", lambda: nd.Activation(a, act_type='foo')),
 ("softmax axis", lambda: nd.softmax(a, axis=5)),
 ("one_hot neg", lambda: nd.one_hot(i, -1)),
 ("pick shape", lambda: nd.pick(a, nd.ones((5,)))),
 ("topk k", lambda: nd.topk(a, k=10).asnumpy()),
 ("split uneven", lambda: nd.split(a, num_outputs=2, axis=1)),
 ("tile", lambda: nd.tile(a, reps=(-1,))),
 ("repeat", lambda: nd.repeat(a, repeats=-1)),
 ("where shape", lambda: nd.where(nd.ones((5,)), a, a)),
 ("cast bad", lambda: nd.cast(a, dtype='foo')),
 ("zeros neg", lambda: nd.zeros((-1, 2))),
 ("array ragged", lambda: nd.array([[1, 2], [3]])),
 ("unknown kwarg", lambda: nd.relu(a, foo=1)),
 ("missing arg", lambda: nd.broadcast_add(a)),
 ("Pooling bad", lambda: nd.Pooling(a, kernel=(2, 2), pool_type='max')),
 ("Embedding bad", lambda: nd.Embedding(i, nd.ones((3, 2)), input_dim=4, output_dim=2)),
 ("linalg gemm2", lambda: nd.linalg.gemm2(a, a)),
 ("asscalar", lambda: a.asscalar()),
 ("astype foo", lambda: a.astype('foo')),
 ("bool", lambda: bool(a)),
 ("copyto shape", lambda: a.copyto(nd.ones((3, 3)))),
 ("broadcast_to", lambda: a.broadcast_to((3, 3))),
 ("expand_dims", lambda: a.expand_dims(axis=5)),
 ("squeeze", lambda: nd.squeeze(a, axis=0)),
 ("flip axis", lambda: nd.flip(a, axis=4)),
 ("argmax axis", lambda: nd.argmax(a, axis=4)),
 ("norm ord", lambda: nd.norm(a, ord=3)),
 ("clip", lambda: nd.clip(a)),
 ("gather_nd", lambda: nd.gather_nd(a, nd.array([[5], [9]])).asnumpy()),
 ("scatter_nd", lambda: nd.scatter_nd(nd.ones((2,)), nd.array([[5, 6]]), shape=(2, 3)).asnumpy()),
]
for label, f in cases:
    try:
        r = f()
        if isinstance(r, nd.NDArray):
            r.wait_to_read()
        print(label, "ok")
    except Exception as e:
        kind = next(k.__name__ for k in (IndexError, TypeError, ValueError, KeyError, mx.base.MXNetError, Exception)
                    if isinstance(e, k))       # the first that fits: distnet's IndexError is an MXNetError too
        print(label, "!!", kind)

# messages of shape codes and dtypes (checked at the call)
for label, f in [("reshape -5", lambda: a.reshape((-5,))), ("Reshape op -7", lambda: nd.reshape(a, shape=(-7,))),
                 ("reshape two -1", lambda: a.reshape((2, -1, -1))), ("reshape -4 -1 -1", lambda: a.reshape((-4, -1, -1))),
                 ("cast foo", lambda: nd.cast(a, dtype='foo')), ("cast 5", lambda: nd.cast(a, dtype=5)),
                 ("uniform foo", lambda: nd.random.uniform(shape=(2,), dtype='foo')),
                 ("one_hot foo", lambda: nd.one_hot(nd.array([1]), 3, dtype='foo')),
                 ("argsort foo", lambda: nd.argsort(a, dtype='foo'))]:
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).split("\n")[-1].replace("MXNetError: ", ""))

# Cast takes MXNet's own dtypes only
for dt in ("uint16", "complex64", np.uint32, "float64", "bool", "int8"):
    try:
        print(dt, nd.Cast(nd.ones((2,)), dtype=dt).dtype)
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[-1].replace("MXNetError: ", ""))
