"""Optimizers' update called directly with mx.np weights and gradients: the legacy operator of the update that
refuses them first, for every optimizer and its options, through update, update_multi_precision and index lists."""
# recorded on AVX2
import warnings
import numpy as onp
import mxnet as mx
from mxnet import nd, np, npx
from _words import words

warnings.simplefilter("ignore")
OPTIONS = {"sgd": [{}, {"momentum": 0.9}], "ccsgd": [{}, {"momentum": 0.9}], "nag": [{}, {"momentum": 0.9}],
           "signum": [{}, {"momentum": 0.0}], "rmsprop": [{}, {"centered": True}], "lbsgd": [{}, {"momentum": 0.9}],
           "lars": [{}, {"momentum": 0.9}], "lamb": [{}], "adam": [{}], "ftrl": [{}], "ftml": [{}], "adagrad": [{}],
           "adadelta": [{}], "adamax": [{}], "nadam": [{}], "groupadagrad": [{}], "sgld": [{}],
           "dcasgd": [{}, {"momentum": 0.9}]}
CLIPS = [{}, {"clip_gradient": 0.5}]
KINDS = [("both", True, True), ("weight", True, False), ("grad", False, True)]


def refusal(name, kwargs, dtype, how, np_weight, np_grad):
    npx.set_np()
    try:
        opt = mx.optimizer.create(name, learning_rate=0.1, multi_precision=dtype == "float16", **kwargs)
        rs = onp.random.RandomState(0)
        w, g = (np.array(rs.randn(4, 3), dtype=dtype) if as_np else nd.array(rs.randn(4, 3), dtype=dtype)
                for as_np in (np_weight, np_grad))
        state = opt.create_state_multi_precision(0, w)
        if how == "update":
            opt.update(0, w, g, state)
        elif how == "mp":
            opt.update_multi_precision(0, w, g, state)
        else:
            opt.update_multi_precision([0], [w], [g], [state])
        return "updated"
    except Exception as e:      # noqa: BLE001 -- the refusal is the result
        text = words(e)
        return text.split(" registered in backend")[0]
    finally:
        npx.reset_np()


for name, options in OPTIONS.items():
    for kwargs in options:
        for clip in CLIPS if name != "groupadagrad" else [{}]:
            kw = dict(kwargs, **clip)
            for kind, np_weight, np_grad in KINDS:
                for dtype in ("float32", "float16"):
                    hows = ("update", "mp", "list") if dtype == "float32" else ("mp",)
                    if kind != "both" and dtype == "float16":
                        continue
                    found = [refusal(name, kw, dtype, how, np_weight, np_grad) for how in hows]
                    print(name, sorted(kw.items()), kind, dtype, " | ".join(found))

# a refused update still counts (MXNet counts before its first operator): a retry with legacy arrays then updates
# with the later count, which Adam's bias correction and the schedules read
for name in [name for name in OPTIONS if name != "dcasgd"]:      # (DCASGD takes mx.np arrays throughout)
    npx.set_np()
    try:
        opt = mx.optimizer.create(name, learning_rate=0.1, begin_num_update=2,
                                  lr_scheduler=mx.lr_scheduler.FactorScheduler(step=3, factor=0.5, base_lr=0.1))
        w = np.array(onp.linspace(-1, 1, 6).reshape(2, 3), dtype="float32")
        g = np.array(onp.linspace(0.5, -0.7, 6).reshape(2, 3), dtype="float32")
        state = opt.create_state(0, w)
        seen = []
        for _ in range(3):
            try:
                opt.update(0, w, g, state)
            except TypeError as e:
                seen.append(words(e).split(" registered in backend")[0].split(": ", 1)[1][:30])
        retried = name not in ("sgld", "lbsgd")      # (LBSGD has summed the refused gradient; SGLD adds noise)
        if retried:
            opt.update(0, w.as_nd_ndarray(), g.as_nd_ndarray(), state)
        values = " ".join(float(v).hex() for v in w.asnumpy().ravel()) if retried else ""
        print(name, opt.num_update, opt._index_update_count, seen[0], values)
    finally:
        npx.reset_np()
