"""Index-array positions outside their axis in writes and gradients: MXNet's scatter kernels add each position
times its stride without wrapping it into the axis, so x[1, [-1]] = v writes x[0, 3] (kept inside the array)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _words import words

READ_KEYS = ["(1, [0, -1])", "([1, 2], [-1, -2])", "(slice(1, 3), [-1])", "([2], [-5])", "([[1], [2]], [-1, 0])",
             "(A([2, 1], dtype='int32'), A([-3, -4], dtype='int64'))", "(2, np.array([-4, 1]))", "([1], Ellipsis, [-2])",
             "(slice(None, 0, -1), [-3, 0])"]
WRITE_KEYS = READ_KEYS + ["([0], [9])", "([0, 1], [4])", "([[0]], [5, 6])"]
LONE_KEYS = ["A(-1, dtype='int32')", "A(-3, dtype='int64')"]       # a lone 0-d mx.np index is an integer (wrapped)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for front in ["nd", "np"]:
    if front == "np":
        mx.npx.set_np()
    P = mx.nd if front == "nd" else mx.np
    A = P.array

    def fresh():
        return P.array(np.arange(1., 13.).reshape(3, 4))

    for text in WRITE_KEYS + (LONE_KEYS if front == "np" else []):
        key = eval(text)

        def write(value):
            x = fresh()
            x[key] = value
            return x.asnumpy().astype(int).tolist()

        def aug():
            x = fresh()
            x[key] += 100
            return x.asnumpy().astype(int).tolist()

        def grad():
            x = fresh()
            x.attach_grad()
            with mx.autograd.record():
                y = x[key]
                z = (y * P.array(np.arange(1., 1. + y.size).reshape(y.shape))).sum()
            z.backward()
            return x.grad.asnumpy().astype(int).tolist()
        attempt(f"{front} x[{text}] = 0", lambda: write(0))
        attempt(f"{front} x[{text}] = -7.0 array", lambda: write(A([-7.])))
        attempt(f"{front} x[{text}] = 4 values", lambda: write(A([-1., -2., -3., -4.])))
        attempt(f"{front} x[{text}] += 100", aug)
        if text in READ_KEYS:
            attempt(f"{front} grad x[{text}]", grad)

# position entries separated by a slice: the same flat offsets over all the axes they span
SEPARATED = ["([1, 2], slice(None), [-1])", "([1], slice(0, 1), [-2, 1])", "(1, slice(None), A([-1, 0]))",
             "([2, 1], slice(None), -4)", "(A([1, 1]), slice(0, 2), [-1, 3])", "([1], slice(None), [0], slice(None))"]
NEW_AXES = ["(..., 0, None, [1, 5, 0])", "(1, None, A([[-1], [0]]))", "(None, 2, [-1, 1])"]
mx.npx.reset_np()
for front in ["nd", "np"]:
    if front == "np":
        mx.npx.set_np()
    P = mx.nd if front == "nd" else mx.np
    A = P.array
    for text in SEPARATED + (NEW_AXES if front == "np" else []):
        for name, value in [("0", 0), ("2 values", A([-1., -2.]))]:
            def write():
                x = P.array(np.arange(1., 25.).reshape(3, 2, 4))
                x[eval(text)] = value
                return x.asnumpy().astype(int).ravel().tolist()
            attempt(f"{front} 3-d x[{text}] = {name}", write)
