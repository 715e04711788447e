"""Writing an array value into an empty basic slice of a bool mx.np array: MXNet's slice-assign kernel (no bool case) runs when its clamped begin/end count elements (a start at or past an axis's end), else nothing happens."""
import numpy as onp
from mxnet import np, npx
npx.set_np()

S = slice
KEYS = [((3,), S(3, None)), ((3,), S(0, 0)), ((3,), S(1, 1)), ((3,), S(2, 2)), ((3,), S(3, 3)), ((3,), S(4, 9)),
        ((3,), S(None, -5)), ((3,), S(-1, -1)), ((3,), S(-5, -4)), ((3,), S(0, 0, -1)), ((3,), S(-4, None, -1)),
        ((3,), S(0, 0, 2)), ((3,), S(3, None, 2)), ((2, 3), S(2, None)), ((2, 3), S(5, None)), ((2, 3), S(1, 1)),
        ((2, 3), (S(1, 1), S(3, None))), ((2, 3), (S(2, None), S(0, 0))), ((2, 3), (0, S(3, None))),
        ((2, 3), (S(0, 0), S(1, 2))), ((3, 3), (S(3, None), 1)), ((3, 3), (1, S(1, 1))), ((2, 2, 2), (0, S(2, None))),
        ((2, 2, 2), (0, 0, S(1, 1))), ((2, 2, 2), (Ellipsis, S(2, None))), ((2, 0), S(1, None)), ((2, 0), S(2, None)),
        ((0, 3), (S(None), S(3, None)))]
VALUES = [("onp 0-d", lambda: onp.array(True)), ("mx (1,)", lambda: np.array([True])),
          ("mx (0,)", lambda: np.array([], dtype='bool')), ("onp (2,)", lambda: onp.array([1, 0])),
          ("number", lambda: True)]

for shape, key in KEYS:
    row = []
    for label, value in VALUES:
        x = np.zeros(shape, dtype='bool')
        try:
            x[key] = value()
            row.append("%s: %s" % (label, x.tolist()))
        except Exception as e:  # noqa: BLE001
            row.append("%s: %s %s" % (label, type(e).__name__, (str(e).strip().splitlines() or [""])[-1][:90]))
    print(shape, key)
    for entry in row:
        print("   ", entry)
