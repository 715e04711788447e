"""np.linalg.norm with infinite or underflowing entries: the matrix norms' kernel sums magnitudes plainly (an infinity stays infinite, with its gradient), and the negative-order vector norms give a zero ratio to the running scale no power, as MXNet does."""
from mxnet import autograd, np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, [float(v).hex() for v in r.asnumpy().ravel()])
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:150])


inf, nan = float("inf"), float("nan")
mats = [[[1., inf, 2.], [3., 4., 5.]], [[1., -inf, 2.], [3., nan, 5.]], [[inf, 1.], [2., 3.]], [[inf, -inf], [1., 2.]],
        [[nan, inf], [1., 1.]]]
for dt in ["float32", "float16"]:
    for m in mats:
        x = np.array(m, dtype=dt)
        for o in [inf, -inf, 1, -1, 3, 0, 2]:
            for ax in [None, (0, 1), (1, 0), 0, 1]:
                show("%s %s ord=%s axis=%s" % (dt, m, o, ax), lambda: np.linalg.norm(x, ord=o, axis=ax))
x = np.array([[[0., -0.66, 4.86, -inf], [0., 0.5, -1.82, -1.18], [nan, -0.66, -1., -0.41]],
              [[-0.75, 1.25, 0., -1.5], [2.3, 3.72, -inf, 1.29], [-1.96, 0., -1.74, -0.85]]], dtype="float32")
for o in [inf, -inf, 1, -1]:
    show("stack ord=%s" % o, lambda: np.linalg.norm(x, ord=o))
for v in [[inf, 4.], [4., inf], [inf], [inf, inf], [inf, 0.], [2., 4., inf], [1e-30, 1e30], [1e30, 1e-30],
          [1e-30, 1e30, 2.], [inf, 4., inf], [4., inf, nan], [nan, inf, 4.]]:
    for o in [-1, -2, -0.5, 0.5, 3]:
        for dt in ["float32", "float64", "float16"]:
            show("vector %s ord=%s %s" % (v, o, dt), lambda: np.linalg.norm(np.array(v, dtype=dt), ord=o, axis=0))
for m in [[[1., inf], [2., 3.]], [[1., 2.], [3., 4.]], [[1., inf, 2.], [3., 4., 5.]]]:
    for o in [inf, -inf, 1, 3]:
        x = np.array(m)
        x.attach_grad()
        with autograd.record():
            y = np.linalg.norm(x, ord=o)
        y.backward()
        show("grad %s ord=%s" % (m, o), lambda: x.grad)
