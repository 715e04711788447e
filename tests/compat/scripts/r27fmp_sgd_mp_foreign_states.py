"""SGD's multi-precision update of a float16 weight whose state is not (momentum, float32 copy): no state (made
for a float32 weight, or None) is iterated (TypeError); a lone float32 array gives its rows as the parts, refused by
the kernel's shape check; also a float16 Embedding cast mid-training under Trainer(multi_precision=True)."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words

warnings.simplefilter("ignore")
for kwargs in [{}, {"momentum": 0.9}]:
    for aggregate in [None, 0, 4]:
        for kind in ["none", "array", "float32 state"]:
            for listed in [False, True]:
                opt = mx.optimizer.create("sgd", multi_precision=True, **kwargs)
                if aggregate is not None:
                    opt.aggregate_num = aggregate
                w = nd.ones((2, 3), dtype="float16")
                g = nd.ones((2, 3), dtype="float16") * 0.5
                state = {"none": None, "array": nd.zeros((2, 3)),
                         "float32 state": opt.create_state(0, nd.ones((2, 3)))}[kind]
                try:
                    if listed:
                        opt.update_multi_precision([0], [w], [g], [state])
                    else:
                        opt.update_multi_precision(0, w, g, state)
                    result = w.asnumpy().ravel()[:2]
                except Exception as e:
                    result = words(e)
                print(kwargs, aggregate, kind, "listed" if listed else "single", "->", result)
for dtype in ["float16", "float64"]:
    net = nn.Embedding(5, 3)
    net.initialize(mx.init.Constant(0.5))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"multi_precision": True})
    x = nd.array([1, 2, 2])
    seen = []
    try:
        for step in range(3):
            if step == 1:
                net.cast(dtype)
                x = x.astype(dtype)
            with autograd.record():
                y = (net(x) ** 2).sum()
            y.backward()
            trainer.step(3)
            seen.append("%s %s" % (net.weight.data().dtype.__name__, net.weight.data()[2].asnumpy()))
        print(dtype, seen)
    except Exception as e:
        print(dtype, seen, words(e))
