"""LBSGD's refused hyper-parameters name the operator MXNet calls (sgd_update at a zero rate while a large batch gathers) and its rate times the warm-up multiplier, a NumPy float rate in float64 digits."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


cases = [
    dict(learning_rate=np.float32(0.3333333), wd=True),
    dict(learning_rate=np.float16(0.1), wd=0.1, rescale_grad=True, momentum=0.9),
    dict(learning_rate=2, rescale_grad=True, clip_gradient=2),
    dict(learning_rate=0.1, wd=True, batch_scale=2),
    dict(learning_rate=np.float32(0.1), rescale_grad=True, batch_scale=3, warmup_epochs=1, updates_per_epoch=4),
    dict(learning_rate=0.5, wd=True, batch_scale=2, warmup_strategy='sqrt', updates_per_epoch=3),
]
for kw in cases:
    o = mx.optimizer.create('lbsgd', **kw)
    w = nd.ones((2, 3))
    st = o.create_state(0, w)
    print(sorted((k, repr(v)) for k, v in kw.items()))
    for step in range(3):
        try:
            o.update(0, w, nd.ones((2, 3)) * (step + 1), st)
            print("  step", step, "weight", w.asnumpy().ravel()[:2].tolist())
        except Exception as e:
            print("  step", step, type(e).__name__, last_line(e))

# hyper-parameters the update cannot use: refused where MXNet's update meets them, the gathered gradients kept
for kw in [dict(wd='a'), dict(rescale_grad=None), dict(clip_gradient='x'), dict(learning_rate='0.1'),
           dict(wd='a', batch_scale=2), dict(rescale_grad=None, batch_scale=2), dict(warmup_strategy='lars', wd='a'),
           dict(warmup_strategy='lars', rescale_grad='z')]:
    for mp in [False, True]:
        o = mx.optimizer.create('lbsgd', multi_precision=mp, **kw)
        w = nd.ones((2, 3), dtype='float16' if mp else 'float32')
        st = o.create_state(0, w)
        print(sorted(kw.items()), "multi_precision", mp)
        for step in range(2):
            try:
                o.update(0, w, nd.ones((2, 3), dtype=w.dtype), st)
                print("  step", step, "weight", w.asnumpy().ravel()[:2].tolist())
            except Exception as e:
                print("  step", step, type(e).__name__, last_line(e))
        print("  num_update", o.num_update, "gathered", {k: v['num_cums'] for k, v in o.cumgrads.items()})
