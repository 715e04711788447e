"""Operator attributes given as text, numpy numbers or Python values: MXNet's parser reads every field first and its
refusals (a field it cannot read, then a required one left out) name the attributes as the call gave them."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _words import words

x = mx.nd.array([[1, 2, 3], [4, 5, 6]])


def w():
    """A fresh array for each input an update writes or reads."""
    return mx.nd.array([[0.5, 1, 2], [3, 4, 5]])


CASES = [
    (mx.nd.clip, (x,), [dict(a_min=3), dict(a_min="1e-3"), dict(a_max=np.float32(0.5)), dict(a_min="0.5", a_max=" 4"),
                       dict(a_min=np.int64(2), a_max="5"), dict(a_min=3, bogus=2), dict(a_min="x")]),
    (mx.nd.Pad, (x,), [dict(pad_width="(2,3)"), dict(pad_width=2, constant_value=3), dict(pad_width="[1, 2, ]"),
                      dict(constant_value="1e-3"), dict(pad_width=(np.int64(1), 2))]),
    (mx.nd.slice_axis, (x,), [dict(begin=" 2"), dict(begin="0", end=None), dict(end="None"), dict(begin=np.int32(1)),
                             dict(axis="1", begin="0", end="2"), dict(axis=np.int64(0), begin=0, end=np.int64(1))]),
    (mx.nd.image.crop, (x,), [dict(x=" 2"), dict(y="0", width=np.int64(1)), dict(x=0, y=0, width="1", height="1")]),
    (mx.nd.contrib.SyncBatchNorm, (x, w(), w(), w(), w()), [dict(eps="1e-3"), dict(fix_gamma=1), dict(momentum=3),
                                                            dict(use_global_stats="false"), dict(output_mean_var="0")]),
    (mx.nd.UpSampling, (x,), [dict(), dict(scale=" 2"), dict(scale="2", num_filter="1")]),
    (mx.nd.contrib.bipartite_matching, (x,), [dict(is_ascend="1"), dict(topk=" 2"), dict(is_ascend=0)]),
    (mx.nd.adam_update, lambda: (w(), w(), w(), w()), [dict(beta1=None), dict(beta1="x"), dict(lr=0.1, beta1="x"),
                                                      dict(beta1="0.5"), dict(lazy_update="yes"), dict(wd=True),
                                                      dict(lr="0.1", wd="0.5")]),
    (mx.nd.ftml_update, lambda: (w(), w(), w(), w(), w()), [dict(beta1=None), dict(t=2.0), dict(t="2", beta2=3),
                                                           dict(lr="0.1", t="x")]),
    (mx.nd.sgd_mom_update, lambda: (w(), w(), w()), [dict(momentum="x"), dict(lr="0.1", momentum="0.9", wd="0.5"),
                                                    dict(lr="0.1", lazy_update=2)]),
    (mx.nd.rmsprop_update, lambda: (w(), w(), w()), [dict(gamma1="x"), dict(lr=np.float32(0.1), gamma1="0.5")]),
    (mx.nd.signsgd_update, lambda: (w(), w()), [dict(wd="x"), dict(lr="0.5", wd=np.float64(0.25))]),
]
for f, args, forms in CASES:
    for kw in forms:
        try:
            r = f(*(args() if callable(args) else args), **kw)
            r = r if isinstance(r, (list, tuple)) else [r]
            print(f.__name__, kw, [(v.shape, v.dtype.__name__, v.asnumpy().ravel()[:3].tolist()) for v in r])
        except Exception as e:
            print(f.__name__, kw, words(e))
