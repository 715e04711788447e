"""UpSampling refuses data that is not 4-D in its kernels' words; InstanceNorm, GroupNorm and L2Normalization checks name MXNet's type flags and ranks."""
import re

import mxnet as mx

PHRASES = ("Input data should be", "Unsupported data type", "InstanceNorm only", "# of channels", "At lease",
           "only support floating", "expects")


def show(title, f):
    try:
        r = f()
        print(title, r.shape, r.dtype)
        r.asnumpy()
    except mx.base.MXNetError as e:
        text = str(e)
        hits = [text[text.index(p):].splitlines()[0] for p in PHRASES if p in text]
        counts = re.findall(r"\((\d+) vs\. (\d+)\)", text)
        print(title, "MXNetError", counts[:1], re.split(r" \((?:got|\d)|;|: ", hits[0])[0] if hits else "?")


for st in ("nearest", "bilinear"):
    for shape in [(1, 2, 3), (1, 2, 2, 2, 2), (2, 3), (1, 2, 2, 2)]:
        for dt in ("float32", "int32"):
            kw = dict(scale=2, sample_type=st)
            args = [mx.nd.ones(shape, dtype=dt)]
            if st == "bilinear":
                kw["num_filter"] = shape[1]
                args.append(mx.nd.ones((shape[1], 1, 4, 4), dtype=dt))
            show("UpSampling %s %s %s" % (st, shape, dt), lambda: mx.nd.UpSampling(*args, **kw))
show("UpSampling two inputs, second 3-D", lambda: mx.nd.UpSampling(
    mx.nd.ones((1, 2, 2, 2)), mx.nd.ones((1, 2, 3)), scale=2, sample_type="nearest", num_args=2))

for dt in ("float64", "float16", "float32"):
    for shape in [(2, 3, 4), (2, 3)]:
        show("InstanceNorm %s %s" % (dt, shape), lambda: mx.nd.InstanceNorm(
            mx.nd.ones(shape, dtype=dt), mx.nd.ones((3,), dtype=dt), mx.nd.zeros((3,), dtype=dt)))
show("InstanceNorm float16 gamma", lambda: mx.nd.InstanceNorm(
    mx.nd.ones((2, 3, 2)), mx.nd.ones((3,), dtype="float16"), mx.nd.zeros((3,))))

for shape, groups in [((2, 4), 2), ((2, 4, 3), 3), ((2, 6, 3), 4), ((2, 4, 3), 2)]:
    show("GroupNorm %s %d" % (shape, groups), lambda: mx.nd.GroupNorm(
        mx.nd.ones(shape), mx.nd.ones((groups,)), mx.nd.zeros((groups,)), num_groups=groups))

for mode in ("channel", "spatial", "instance"):
    for shape in [(2, 3), (3,), (2, 3, 2)]:
        show("L2Normalization %s %s" % (mode, shape), lambda: mx.nd.L2Normalization(mx.nd.ones(shape), mode=mode))
