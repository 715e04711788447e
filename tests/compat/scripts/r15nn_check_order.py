"""Which check refuses first, in MXNet's order and words: linalg.syevd's shape checks, 'same' global pooling
(no kernel: its pad check passes) before the layout check, dot's shapes before its types, softmax's length shape
before its axis, a channel-last (De)Convolution's inferred weight shape in the layout's order."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones


def attempt(label, fn):
    try:
        r = fn()
        r = r[0] if isinstance(r, (list, tuple)) else r
        print(label, "->", r.shape, r.asnumpy().round(5).ravel().tolist()[:4])
    except Exception as e:
        print(label, "->", words(e))


for shape in [(3,), (2, 3), (1, 2, 2, 3)]:
    attempt(f"syevd {shape}", lambda: nd.linalg.syevd(o(shape)))
attempt("same global", lambda: nd.Pooling(nd.array([[[1.0, 2.0, 4.0]]]), pool_type="avg", pooling_convention="same",
                                          global_pool=True))
attempt("same global NCHW", lambda: nd.Pooling(o((1, 2, 5)), pooling_convention="same", global_pool=True,
                                               layout="NCHW"))
attempt("same global kernel", lambda: nd.Pooling(o((1, 2, 5)), pooling_convention="same", global_pool=True,
                                                 kernel=(2,)))
attempt("same pad NCHW", lambda: nd.Pooling(o((1, 2, 5)), kernel=(2,), pooling_convention="same", pad=(1,),
                                            layout="NCHW"))
attempt("pool kernel rank NCW", lambda: nd.Pooling(o((1, 2, 5, 5)), kernel=(2,), layout="NCW"))
attempt("pool pad rank NCW", lambda: nd.Pooling(o((1, 2, 5, 5)), kernel=(2, 2), pad=(1,), layout="NCW"))
for ta in [False, True]:
    attempt(f"dot f16 x f32 ta={ta}", lambda: nd.dot(o((2, 1, 2), dtype="float16"), o((1, 2)), transpose_a=ta))
attempt("dot f16 x f32 fits", lambda: nd.dot(o((2, 3), dtype="float16"), o((3, 2))))
attempt("batch_dot f16 x f32", lambda: nd.batch_dot(o((1, 2, 3), dtype="float16"), o((1, 2, 2))))
length = nd.array([1, 2, 3], dtype="int32")
for axis in [-3, -2, 0]:
    attempt(f"softmax length axis={axis}", lambda: nd.softmax(o((3, 4)), length, axis=axis, use_length=True))
attempt("deconv NDHWC weight", lambda: nd.Deconvolution(o((1, 2, 5, 5, 5)), o((2, 2, 1, 3, 3)), o((2,)),
                                                        kernel=(1, 3, 3), num_filter=2, no_bias=False, layout="NDHWC"))
attempt("deconv NHWC weight", lambda: nd.Deconvolution(o((1, 4, 5, 3)), o((2, 2, 3, 3)), kernel=(3, 3), num_filter=2,
                                                       layout="NHWC"))
attempt("conv NHWC weight", lambda: nd.Convolution(o((1, 4, 5, 3)), o((2, 2, 3, 3)), kernel=(3, 3), num_filter=2,
                                                   no_bias=True, layout="NHWC"))
