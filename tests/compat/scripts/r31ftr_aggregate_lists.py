"""Lists of weights reach an optimizer's update: a custom one with aggregate_num, built-ins set to fuse."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter("ignore")


class Mine(mx.optimizer.Optimizer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.aggregate_num = 2

    def create_state(self, index, weight):
        return None

    def update(self, index, weight, grad, state):
        print("  update got", type(index).__name__, index, type(weight).__name__)
        for w, g in zip(weight, grad) if isinstance(index, (list, tuple)) else [(weight, grad)]:
            w[:] -= 0.1 * g


def show(what, fn):
    try:
        fn()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__, str(e).splitlines()[-1] if str(e) else "")


for mp in (False, True):
    opt = Mine(multi_precision=mp)
    updater = mx.optimizer.get_updater(opt)
    ws = [nd.ones((2,)) for _ in range(3)]
    show("custom updater mp=%s" % mp, lambda: updater([0, 1, 2], [nd.ones((2,))] * 3, ws))
    show("custom direct mp=%s" % mp,
         lambda: opt.update_multi_precision([5, 6], ws[:2], [nd.ones((2,))] * 2, [None, None]))
    print(" ", [w.asnumpy().tolist() for w in ws])

for name in ("adam", "nag", "lamb", "sgd", "rmsprop", "signum"):
    for mp in (False, True):
        opt = mx.optimizer.create(name, multi_precision=mp)
        opt.aggregate_num = 0
        w = nd.ones((2,), dtype="float16")
        show("%s aggregate_num=0 mp=%s direct list" % (name, mp),
             lambda: opt.update_multi_precision([0], [w], [w], [opt.create_state_multi_precision(0, w)]))
        print(" ", w.asnumpy().tolist())

for name in ("sgd", "lamb", "lars", "adam", "nag", "signum"):
    for agg in (1, 3):
        for mp in (False, True):
            kw = dict(learning_rate=0.1, multi_precision=mp, wd=0.01, clip_gradient=0.7)
            if name in ("sgd", "lars", "nag", "signum"):
                kw["momentum"] = 0.9
            opt = mx.optimizer.create(name, **kw)
            opt.aggregate_num = agg
            opt.set_lr_mult({1: 0.5})
            opt.set_wd_mult({2: 3.0})
            updater = mx.optimizer.get_updater(opt)
            r = np.random.RandomState(0)
            ws = [nd.array(r.randn(3), dtype="float16" if i % 3 == 1 else "float32") for i in range(5)]

            def steps():
                for _ in range(2):
                    updater(list(range(5)), [nd.array(r.randn(3), dtype=w.dtype) for w in ws], ws)
            show("%s aggregate_num=%d mp=%s" % (name, agg, mp), steps)
            print(" ", [w.asnumpy().tolist() for w in ws])
