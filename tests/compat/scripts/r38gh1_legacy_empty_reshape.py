"""mx.np reshapes of empty arrays without NumPy shape semantics (their sizes are unknown to MXNet's inference): a
target of known sizes is taken as it is (one with elements fails its copy once, when read, then holds zeros),
a -1 cannot be inferred; 0-d arrays fail as unknown. Reductions of the reshaped empties too."""
import numpy as onp

import mxnet as mx


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:      # pylint: disable=broad-except
        lines = str(e).split("\n")
        print(label, type(e).__name__, lines[1:4] if len(lines) > 1 else lines)


np = mx.np
a = np.array([])
for s in [(2, 0, 0), (0,), (-1,), (0, -1), (3, 0), (2, -1, 0), (0, 0, 0, 0)]:
    show(f"method {s}", lambda: a.reshape(s).shape)
    show(f"function {s}", lambda: np.reshape(a, s).shape)
b = np.array(5.)
for s in [(1,), (-1,), ()]:
    show(f"0-d {s}", lambda: b.reshape(s).shape)
r = a.reshape((2, 3))
show("sized shape", lambda: r.shape)
show("sized read", lambda: r.asnumpy().tolist())
show("sized read again", lambda: r.asnumpy().tolist())
r0 = a.reshape(())
show("0-d target read", lambda: r0.asnumpy().tolist())
e = np.array(onp.zeros((0, 3), "float32"))
show("empty 2-d", lambda: e.reshape(3, 0, 2).shape)
show("empty 2-d -1", lambda: e.reshape(-1, 3).shape)
show("mean of reshaped", lambda: np.mean(a.reshape(2, 0, 0)))
show("sum of reshaped", lambda: np.sum(a.reshape(0, 2)))
mx.npx.waitall()
print("done")
