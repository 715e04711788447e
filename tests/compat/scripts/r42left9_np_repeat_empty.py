"""repeat (mx.np and nd) of empty arrays: MXNet's kernel fails (when waited for) on an empty output after the repeated axis, its backward on any empty input; np.cumsum's refusals list dtype before axis."""
import mxnet as mx

mx.npx.set_np()


def last_line(e):
    return str(e).strip().split("\n")[-1]


def wait():
    try:
        mx.nd.waitall()
    except mx.base.MXNetError as e:
        print("   waitall raised", last_line(e))


cases = [((3, 0), 2, None), ((3, 0), 2, 0), ((3, 0), 2, 1), ((3, 0), 0, 0), ((3, 0), 1, 0), ((3, 0), 3, -2),
         ((3, 0), 3, -1), ((0, 3), 2, 0), ((0, 3), 2, 1), ((2, 0, 2), 2, 0), ((2, 3, 0), 2, 1), ((2, 0, 3), 3, 0),
         ((0, 3, 0), 2, 1), ((1, 0), 2, 0), ((2, 3, 0, 4), 5, 0), ((2, 3), 2, 0)]
for mod in ("np", "nd"):
    for shape, reps, axis in cases:
        a = mx.np.ones(shape) if mod == "np" else mx.nd.ones(shape)
        r = mx.np.repeat(a, reps, axis=axis) if mod == "np" else mx.nd.repeat(a, reps, axis=axis)
        print(mod, shape, reps, axis, "->", r.shape, r.asnumpy().ravel()[:4].tolist())
        wait()
for mod in ("np", "nd"):
    for shape, reps, axis in [((3, 0), 2, 1), ((3, 0), 1, 1), ((0, 3), 2, 0), ((0, 3), 2, None), ((3, 0), 0, 1),
                              ((2, 0, 2), 2, 2), ((2, 3), 2, 1)]:
        a = mx.np.ones(shape) if mod == "np" else mx.nd.ones(shape)
        a.attach_grad()
        with mx.autograd.record():
            b = mx.np.repeat(a, reps, axis=axis) if mod == "np" else mx.nd.repeat(a, reps, axis=axis)
        b.backward()
        try:
            print(mod, "grad", shape, reps, axis, a.grad.asnumpy().ravel()[:4].tolist())
        except mx.base.MXNetError as e:
            print(mod, "grad", shape, reps, axis, "read raised", last_line(e))
        wait()

x = mx.np.array([[1., 2], [3, 4]])
for kw in [dict(axis=1, dtype="float64", where=True), dict(dtype="float64", axis=0, foo=3), dict(axis=1.5, dtype="float64"),
           dict(axis=(0,), dtype="float32"), dict(axis=1, dtype="bool"), dict(keepdims=False, axis=None, where=True)]:
    try:
        mx.np.cumsum(x, **kw)
    except mx.base.MXNetError as e:
        text = str(e)
        print("cumsum", sorted(kw), text[text.find(", in operator"):])
