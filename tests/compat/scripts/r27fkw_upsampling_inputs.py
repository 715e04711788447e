"""UpSampling counts its inputs (data and weight for bilinear, num_args as stated for nearest) before it infers
their shapes."""
# recorded on AVX2
import mxnet as mx
from _words import words

x2 = mx.nd.ones((2, 3))
x4 = mx.nd.ones((1, 2, 2, 2))
w = mx.nd.ones((2, 1, 4, 4))
RUNS = [('nearest', ins, kw) for ins in ((x2,), (x4,), (x4, x4), (x2, x4), (x4, x4, x4), ())
        for kw in ({}, dict(num_args=1), dict(num_args=2), dict(num_args=3), dict(num_filter=2))]
RUNS += [('bilinear', ins, kw) for ins in ((x2,), (x4,), (x4, w), (x2, w), (x4, w, w), ())
         for kw in (dict(num_filter=2), dict(num_args=1, num_filter=2), dict(num_args=2, num_filter=2))]
for st, ins, kw in RUNS:
    try:
        r = mx.nd.UpSampling(*ins, scale=2, sample_type=st, **kw)
        print(st, [i.shape for i in ins], kw, r.shape, r.asnumpy().sum())
    except Exception as e:
        print(st, [i.shape for i in ins], kw, words(e))
