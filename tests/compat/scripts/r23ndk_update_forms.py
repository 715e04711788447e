"""Optimizer update operators called as MXNet's generated functions: positional attributes, out= and name= by
position, too many arguments, arrays by keyword, out= of another kind, data= to a variadic update."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _words import words


def w(rows=2):
    return mx.nd.array([[0.5, 1, 2], [3, 4, 5]][:rows])


def show(label, fn):
    try:
        r = fn()
        rs = r if isinstance(r, (list, tuple)) else [r]
        print(label, [(v.shape, v.asnumpy().ravel()[:3].tolist()) for v in rs])
    except Exception as e:
        print(label, words(e))


CALLS = [
    ("sgd by position", lambda: mx.nd.sgd_update(w(), w(), 0.1, 0.01, 1.0, -1.0, True)),
    ("sgd out by position", lambda: mx.nd.sgd_update(w(), w(), 0.1, 0.0, 1.0, -1.0, True, w())),
    ("sgd out and name by position", lambda: mx.nd.sgd_update(w(), w(), 0.1, 0.0, 1.0, -1.0, True, w(), "nm")),
    ("sgd out twice", lambda: mx.nd.sgd_update(w(), w(), 0.1, 0.0, 1.0, -1.0, True, w(), out=w())),
    ("sgd too many", lambda: mx.nd.sgd_update(w(), w(), 0.1, 0.0, 1.0, -1.0, True, None, None, 5)),
    ("sgd name=", lambda: mx.nd.sgd_update(w(), w(), lr=0.1, name="x")),
    ("sgd out=list", lambda: mx.nd.sgd_update(w(), w(), lr=0.1, out=[w()])),
    ("sgd out=numpy", lambda: mx.nd.sgd_update(w(), w(), lr=0.1, out=np.zeros((2, 3)))),
    ("sgd out=numpy no lr", lambda: mx.nd.sgd_update(w(), w(), out=np.zeros((2, 3)))),
    ("sgd grad=None", lambda: mx.nd.sgd_update(weight=w(), grad=None, lr=0.1)),
    ("sgd keywords", lambda: mx.nd.sgd_update(weight=w(), grad=w(), lr="0.1", wd=np.float32(0.5))),
    ("adam weight=list", lambda: mx.nd.adam_update(weight=[1.0], grad=w(), mean=w(), var=w(), lr=0.1)),
    ("adam grad=2", lambda: mx.nd.adam_update(w(), grad=2, mean=w(), var=w(), lr=0.1)),
    ("adam keywords", lambda: mx.nd.adam_update(weight=w(), grad=w(), mean=w(), var=w(), lr=0.1)),
    ("adam by position", lambda: mx.nd.adam_update(w(), w(), w(), w(), 0.1, 0.5)),
    ("rmsprop too many", lambda: mx.nd.rmsprop_update(*[w()] * 3, *([1] * 13))),
    ("rmsprop out=numpy", lambda: mx.nd.rmsprop_update(w(), w(), w(), out=np.zeros((2, 3)))),
    ("multi_lars too many", lambda: mx.nd.multi_lars(*[w()] * 4, *([1] * 13))),
    ("lamb1 too many", lambda: mx.nd.lamb_update_phase1(*[w()] * 4, 0.9, 0.999, 1e-6, 1, True, 0, 1, -1, None, None,
                                                        5)),
    ("lamb1 by position", lambda: mx.nd.lamb_update_phase1(w(), w(), w(), w(), 0.9, 0.999, 1e-6, 1)),
    ("multi_sgd data=", lambda: mx.nd.multi_sgd_update(data=w(), lrs=(0.1,), wds=(0.,))),
    ("multi_sgd_mom data=", lambda: mx.nd.multi_sgd_mom_update(data=[1.0], lrs=(0.1,), wds=(0.,))),
    ("preloaded data=", lambda: mx.nd.preloaded_multi_sgd_update(data=w())),
    ("multi_sum_sq data=", lambda: mx.nd.multi_sum_sq(data=w(), num_arrays=1)),
    ("all_finite numpy", lambda: mx.nd.all_finite(w().asnumpy())),
    ("all_finite 2", lambda: mx.nd.all_finite(2)),
    ("all_finite data=list", lambda: mx.nd.all_finite(data=[1.0])),
    ("all_finite None", lambda: mx.nd.all_finite(None)),
    ("all_finite init_output text", lambda: mx.nd.all_finite(w(), init_output="1")),
    ("multi_all_finite numpy", lambda: mx.nd.multi_all_finite(w(), w().asnumpy(), num_arrays=2)),
    ("multi_all_finite", lambda: mx.nd.multi_all_finite(w(), w(), num_arrays="2")),
    ("sgd numpy weight", lambda: mx.nd.sgd_update(w().asnumpy(), w(), lr=0.1)),
    ("multi_sgd numpy", lambda: mx.nd.multi_sgd_update(w(), w().asnumpy(), lrs=(0.1,), wds=(0.,))),
    ("reset_arrays numpy", lambda: mx.nd.reset_arrays(w().asnumpy(), num_arrays=1)),
]
for label, call in CALLS:
    show(label, call)
for kw in [dict(lr=None), dict(lr="x"), dict(rescale_grad="x"), dict(lr=0.1, epsilon="x"), dict(lr="0.1", bogus=1),
           dict(epsilon=True), dict(lr="0.5")]:
    weight = w().tostype("row_sparse")
    show(f"group_adagrad {kw}", lambda: mx.nd.contrib.group_adagrad_update(weight, w().tostype("row_sparse"),
                                                                        mx.nd.ones((2,)), out=weight, **kw))
