"""Behaviours MXNet 1.x's own operator/ndarray unit tests rely on (one section per gap found)."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:       # the error class is part of the behaviour
        print(label, type(e).__name__)


# a head gradient of any shape is accepted when the backward never reads it (shape_array, size_array)
def head_grad_unread(op, sym):
    x = mx.nd.array(np.arange(6).reshape(2, 3)); x.attach_grad()
    with mx.autograd.record():
        y = op(x)
    y.backward(mx.nd.ones((2, 3, 4)))
    g = mx.nd.empty((2, 3))
    exe = sym(mx.sym.var('x')).bind(mx.cpu(), args={'x': x}, args_grad={'x': g})
    exe.forward(is_train=True)
    exe.backward([mx.nd.ones((4, 5))])
    return x.grad.asnumpy().tolist(), g.asnumpy().tolist()


attempt("shape_array", lambda: head_grad_unread(mx.nd.shape_array, mx.sym.shape_array))
attempt("size_array", lambda: head_grad_unread(mx.nd.size_array, mx.sym.size_array))
attempt("relu wrong head", lambda: head_grad_unread(mx.nd.relu, mx.sym.relu))


# partial shape inference: a sliced axis of unknown size stays unknown (0; -1 under NumPy shape semantics)
def sliced(data, **kw):
    return mx.sym.slice(data, **kw).infer_shape_partial()[1]


v = mx.sym.var("data", shape=(0, 20))
attempt("slice partial", lambda: sliced(v, begin=(None, 3), end=(5, 10)))
attempt("slice partial step", lambda: sliced(v, begin=(2, 3), end=(None, 10), step=(3, 3)))
attempt("slice_axis partial", lambda: mx.sym.slice_axis(v, axis=0, begin=0, end=5).infer_shape_partial()[1])
attempt("slice_axis known", lambda: mx.sym.slice_axis(mx.sym.var("d", shape=(10, 0)), axis=0, begin=0,
                                                      end=5).infer_shape_partial()[1])
with mx.np_shape():
    w = mx.sym.var("data", shape=(-1, 20))
    attempt("np slice partial", lambda: sliced(w, begin=(None, 3), end=(5, 10)))
    attempt("np relu partial", lambda: mx.sym.relu(w).infer_shape_partial())
    attempt("np sum partial", lambda: mx.sym.sum(w, axis=1).infer_shape_partial()[1])
