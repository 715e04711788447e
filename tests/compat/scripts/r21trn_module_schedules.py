"""Symbol + Module.fit with Xavier variants and every lr_scheduler (warmups included): the epoch log lines
(timings masked), the learning-rate changes, the final parameters to 5 digits, fixed_param_names, and the
schedulers' values and refusals."""
import logging
import re
import sys
import numpy as np
import mxnet as mx
from _words import words


class Masked(logging.Handler):
    def emit(self, record):
        print(re.sub(r"Time cost=[0-9.]+", "Time cost=T", re.sub(r"[0-9.]+ samples/sec", "S samples/sec", record.getMessage())))


logging.getLogger().handlers = [Masked()]
logging.getLogger().setLevel(logging.INFO)


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


def mlp():
    h = mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=8, no_bias=True, name="fc1")
    h = mx.sym.Activation(mx.sym.BatchNorm(h, name="bn1"), act_type="relu", name="act1")
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(h, num_hidden=3, name="fc2"), name="softmax")


rs = np.random.RandomState(0)
X, Y = rs.normal(size=(20, 5)).astype("float32"), rs.randint(0, 3, 20).astype("float32")
SCHEDULES = [
    ("none", lambda: None),
    ("factor", lambda: mx.lr_scheduler.FactorScheduler(step=2, factor=0.5)),
    ("factor_stop", lambda: mx.lr_scheduler.FactorScheduler(step=1, factor=0.1, stop_factor_lr=0.02)),
    ("multi", lambda: mx.lr_scheduler.MultiFactorScheduler(step=[3, 7], factor=0.3)),
    ("poly", lambda: mx.lr_scheduler.PolyScheduler(max_update=10, base_lr=0.1, pwr=2, final_lr=0.01)),
    ("cosine", lambda: mx.lr_scheduler.CosineScheduler(max_update=10, base_lr=0.1, final_lr=0.0, warmup_steps=3,
                                                       warmup_begin_lr=0.01)),
    ("factor_warm", lambda: mx.lr_scheduler.FactorScheduler(step=2, factor=0.5, warmup_steps=3, warmup_mode="constant", base_lr=0.1,
                                                            warmup_begin_lr=0.05)),
]
INITS = [mx.init.Xavier(), mx.init.Xavier(factor_type="in", magnitude=2),
         mx.init.Xavier(rnd_type="gaussian", factor_type="out", magnitude=1.5),
         mx.init.Mixed([".*bias", ".*"], [mx.init.Constant(0.1), mx.init.Xavier()])]
for i, (name, schedule) in enumerate(SCHEDULES):
    for opt in ("sgd", "adam"):
        mx.random.seed(1)
        np.random.seed(1)
        train = mx.io.NDArrayIter(X, Y, batch_size=5)
        val = mx.io.NDArrayIter(X[:10], Y[:10], batch_size=5)
        mod = mx.mod.Module(mlp(), context=mx.cpu())
        params = {"learning_rate": 0.1}
        if schedule() is not None:
            params["lr_scheduler"] = schedule()
        print("--", name, opt, type(INITS[i % len(INITS)]).__name__)
        mod.fit(train, eval_data=val, eval_metric="acc", optimizer=opt, optimizer_params=params,
                initializer=INITS[i % len(INITS)], num_epoch=3)
        args, auxs = mod.get_params()
        print(" ".join("%s=%s" % (k, bits(v)) for k, v in sorted(list(args.items()) + list(auxs.items()))))
        print("score", mod.score(val, "acc"), "ce %.5g" % mod.score(val, "ce")[0][1], "lr", mod._optimizer.learning_rate)

for fixed in (["fc1_weight"], ["fc1_weight", "bn1_gamma"]):
    mx.random.seed(0)
    mod = mx.mod.Module(mlp(), fixed_param_names=fixed)
    mod.fit(mx.io.NDArrayIter(X, Y, batch_size=10), num_epoch=1, optimizer_params={"learning_rate": 0.5, "wd": 0.1},
            initializer=mx.init.Xavier())
    args, _ = mod.get_params()
    print(fixed, " ".join("%s=%s" % (k, bits(v)) for k, v in sorted(args.items())))

for name, schedule in SCHEDULES[1:]:
    s = schedule()
    if name in ("factor", "factor_stop", "multi"):
        s.base_lr = 0.1
    print(name, " ".join(repr(float(s(n))) for n in range(14)))
for make in [lambda: mx.lr_scheduler.FactorScheduler(step=0), lambda: mx.lr_scheduler.FactorScheduler(step=2, factor=1.5),
             lambda: mx.lr_scheduler.MultiFactorScheduler(step=[3, 2]), lambda: mx.lr_scheduler.PolyScheduler(max_update=0),
             lambda: mx.lr_scheduler.FactorScheduler(step=2, warmup_mode="foo"),
             lambda: mx.lr_scheduler.CosineScheduler(max_update=5, warmup_steps=-1),
             lambda: mx.lr_scheduler.FactorScheduler(step=2, warmup_steps=3, base_lr=0.1, warmup_begin_lr=0.5)]:
    try:
        print("ok", make()(4))
    except Exception as e:
        print(words(e))
sys.stdout.flush()
