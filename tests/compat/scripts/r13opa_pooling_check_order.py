"""Pooling checks lp's p_value before the 'same' convention's 1-D data, the data's rank, then the rank the kernel needs, as MXNet's shape inference orders them."""
import mxnet as mx


def last_check(e):
    text = str(e)
    return text[text.index("Check failed"):].splitlines()[0] if "Check failed" in text else "other refusal"


for shape in ((1, 2, 4, 4), (1, 2, 5), (2, 6)):
    x = mx.nd.arange(1, 1 + int(mx.nd.ones(shape).size)).reshape(shape) / 4
    for pool_type in ("max", "avg", "sum", "lp"):
        for convention in ("valid", "full", "same"):
            for p_value in (None, 2):
                kw = dict(kernel=(2,) * (len(shape) - 2) or (2,), pool_type=pool_type, pooling_convention=convention)
                if p_value is not None:
                    kw["p_value"] = p_value
                label = f"{shape} {pool_type} {convention} p={p_value}"
                try:
                    print(label, mx.nd.Pooling(x, **kw).asnumpy().ravel()[:3].tolist())
                except mx.base.MXNetError as e:
                    print(label, "MXNetError", last_check(e))
                try:
                    s = mx.sym.Pooling(mx.sym.var("x"), **kw)
                    print(label, "sym", s.infer_shape(x=shape)[1])
                except mx.base.MXNetError as e:
                    print(label, "sym MXNetError", last_check(e))

# a kernel of another rank than the data's spatial axes: MXNet checks the data's rank against the kernel's
for shape in ((1, 2, 6), (1, 2, 4, 4), (1, 1, 2, 2, 2)):
    for kernel in ((2,), (2, 2), (1, 1, 1), (1, 1, 1, 1)):
        label = f"{shape} kernel {kernel}"
        try:
            print(label, mx.nd.Pooling(mx.nd.ones(shape), kernel=kernel).shape)
        except mx.base.MXNetError as e:
            print(label, "MXNetError", last_check(e))
