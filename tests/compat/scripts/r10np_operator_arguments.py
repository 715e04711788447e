"""Arguments mx.np hands to its operators as MXNet 1.9.1 reads them: missing ones, roll's shift, histogram's bins,
nan_to_num's copy flag and ravel's order."""
import numpy as onp
import mxnet as mx
np = mx.np
mx.npx.set_np()

x = np.array([[1.5, -2., 0.], [3.25, -0., 4.]])
v = np.array([3., 1., 2., 5., 4.])
ints = np.array([1, 2], dtype="int32")


def run(label, make):
    try:
        r = make()
        if isinstance(r, (list, tuple)):
            print(label, [(a.dtype, a.asnumpy().tolist()) for a in r])
        else:
            print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


cases = [
    ("dot of one", lambda: np.dot(x)), ("dot by keyword", lambda: np.dot(a=x)),
    ("repeat without repeats", lambda: np.repeat(x, axis=0)), ("reshape without shape", lambda: np.reshape(x)),
    ("roll without shift", lambda: np.roll(x, axis=0)), ("roll None", lambda: np.roll(x, None)),
    ("roll array shift", lambda: np.roll(v, v)), ("roll float shift", lambda: np.roll(x, 1.5)),
    ("roll bool shift", lambda: np.roll(x, True)), ("roll text shift", lambda: np.roll(v, "2")),
    ("roll tuple text", lambda: np.roll(x, "(1, 2)", (0, 1))), ("roll int64", lambda: np.roll(v, onp.int64(2))),
    ("histogram float bins", lambda: np.histogram(v, 0.5)), ("histogram None", lambda: np.histogram(v, None)),
    ("histogram float count", lambda: np.histogram(v, 3.0, range=(0, 5))),
    ("histogram 2-d bins", lambda: np.histogram(v, np.array([[0., 2., 5.]]))),
    ("histogram edges", lambda: np.histogram(v, np.array([0., 2., 5.]))),
    ("histogram count", lambda: np.histogram(v, 2, range=(0, 5))),
    ("nan_to_num int copy=0.5", lambda: np.nan_to_num(ints, copy=0.5)),
    ("nan_to_num array copy", lambda: np.nan_to_num(x, x)), ("nan_to_num copy=2", lambda: np.nan_to_num(x, 2)),
    ("nan_to_num copy text", lambda: np.nan_to_num(x, "true")), ("nan_to_num copy None", lambda: np.nan_to_num(x, None)),
    ("ravel array order", lambda: np.ravel(x, x)), ("ravel F", lambda: np.ravel(x, "F")),
    ("ravel A", lambda: np.ravel(x, "A")), ("ravel None", lambda: np.ravel(x, None)),
]
for label, make in cases:
    run(label, make)
print("int passthrough", np.nan_to_num(ints) is ints)
