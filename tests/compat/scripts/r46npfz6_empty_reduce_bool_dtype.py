"""np.sum, prod and mean of an empty array into a non-empty boolean result (dtype=bool) fail in MXNet's fill kernel when read; an empty result or another dtype does not."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


for name in ("sum", "prod", "mean"):
    for dtype in ("float32", "int32", "bool"):
        for shape, axis in (((0,), None), ((2, 0), 1), ((0, 3), 0)):
            for out_type in (None, "bool", "float16"):
                a = np.ones(shape, dtype=dtype)
                label = "%s %s %s axis=%s dtype=%s" % (name, dtype, shape, axis, out_type)
                try:
                    r = getattr(np, name)(a, axis=axis, dtype=out_type)
                    print(label, r.dtype, r.shape, r.asnumpy().ravel().tolist())
                except mx.base.MXNetError as e:
                    print(label, last_line(e))
    r = np.ones((2, 0)).sum(axis=1, dtype="bool")
    print("method", r.shape)
    try:
        print(r)
    except mx.base.MXNetError as e:
        print("method", last_line(e))
