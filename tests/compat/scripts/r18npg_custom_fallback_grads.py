"""Backward through the mx.np functions MXNet runs as Custom operators (resize, empty_like,
random.multivariate_normal): backward itself goes on, the callback's error is printed and the gradient fails
when read; npx.log_softmax's second positional argument is its axis (it takes no length)."""
import contextlib
import io
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def grads(label, fn, *arrays):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):       # the callback's traceback names source files: not compared
        try:
            for a in arrays:
                a.attach_grad()
            with mx.autograd.record():
                y = fn(*arrays)
            y.backward()
            result = [a.grad.tolist() for a in arrays]
        except Exception as e:
            result = words(e)
        mx.nd.waitall()
    lines = printed.getvalue().splitlines()
    print(label, result)
    print("  printed:", lines[:1], [line for line in lines if line.startswith("NotImplementedError")])


grads("resize", lambda x: np.resize(x, (2, 2)), np.array([1., 2., 3.]))
grads("empty_like", lambda x: np.empty_like(x), np.array([1., 2., 3.]))
grads("multivariate_normal mean", lambda m: np.random.multivariate_normal(m, np.eye(2)), np.array([0., 1.]))
grads("resize unrecorded input", lambda x: x * np.resize(np.array([1., 2.]), (3,)), np.array([1., 2., 3.]))
x, length = np.array([[1., 2., 3.], [0., 1., 5.]]), np.array([2, 3], dtype="int32")
print("log_softmax axis 0", npx.log_softmax(x, 0).tolist() == npx.log_softmax(x, axis=0).tolist())
print("log_softmax axis 0 by position", [round(v, 5) for v in npx.log_softmax(x, 0)[:, 0].tolist()])
for label, fn in [("log_softmax length keyword", lambda: npx.log_softmax(x, length=length, use_length=True)),
                  ("log_softmax length by position", lambda: npx.log_softmax(x, length, use_length=True)),
                  ("softmax length by position", lambda: npx.softmax(x, length, use_length=True))]:
    try:
        print(label, [[round(v, 5) for v in row] for row in fn().tolist()])
    except Exception as e:
        print(label, words(e))
