"""Learning-rate schedulers over many update counts (in order, backwards, fractional), with warmup modes, base_lr
changed after use, refused arguments, and inside optimizers that begin at a later update."""
import mxnet as mx
from mxnet import lr_scheduler as L
from _words import words

NUMS = [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 15, 20, 25, 50, 99, 100, 101, 150, 1000]
MAKERS = [
    ("Factor", lambda: L.FactorScheduler(step=10, factor=0.5)),
    ("Factor stop", lambda: L.FactorScheduler(step=3, factor=0.1, stop_factor_lr=1e-4)),
    ("Factor warm", lambda: L.FactorScheduler(step=5, factor=0.5, base_lr=1.0, warmup_steps=4, warmup_begin_lr=0.1)),
    ("Factor const", lambda: L.FactorScheduler(step=5, factor=0.5, base_lr=1.0, warmup_steps=4,
                                               warmup_begin_lr=0.1, warmup_mode="constant")),
    ("Factor step 1.5", lambda: L.FactorScheduler(step=1.5, factor=0.5)),
    ("Factor step 0", lambda: L.FactorScheduler(step=0)),
    ("Factor factor 1.5", lambda: L.FactorScheduler(step=2, factor=1.5)),
    ("Factor bad mode", lambda: L.FactorScheduler(step=2, warmup_steps=2, warmup_mode="foo")),
    ("Factor warm -2", lambda: L.FactorScheduler(step=2, warmup_steps=-2)),
    ("Factor begin > base", lambda: L.FactorScheduler(step=2, warmup_steps=2, warmup_begin_lr=1.0, base_lr=0.1)),
    ("Multi", lambda: L.MultiFactorScheduler(step=[5, 10, 20], factor=0.5, base_lr=1.0)),
    ("Multi warm", lambda: L.MultiFactorScheduler(step=[5, 10, 20], factor=0.5, base_lr=1.0, warmup_steps=3,
                                                  warmup_begin_lr=0.2)),
    ("Multi equal", lambda: L.MultiFactorScheduler(step=[5, 5])),
    ("Multi zero", lambda: L.MultiFactorScheduler(step=[0, 5])),
    ("Multi factor 1", lambda: L.MultiFactorScheduler(step=[2], factor=1.0)),
    ("Multi empty", lambda: L.MultiFactorScheduler(step=[])),
    ("Multi tuple", lambda: L.MultiFactorScheduler(step=(3, 6), factor=0.1)),
    ("Poly", lambda: L.PolyScheduler(max_update=100, base_lr=1.0, pwr=1, final_lr=0.1)),
    ("Poly sqrt", lambda: L.PolyScheduler(max_update=50, base_lr=1.0, pwr=0.5)),
    ("Poly warm", lambda: L.PolyScheduler(max_update=100, base_lr=1.0, warmup_steps=10, warmup_begin_lr=0.5)),
    ("Poly max 0", lambda: L.PolyScheduler(max_update=0)),
    ("Poly max < warm", lambda: L.PolyScheduler(max_update=5, warmup_steps=10)),
    ("Cosine", lambda: L.CosineScheduler(max_update=100, base_lr=1.0, final_lr=0.1)),
    ("Cosine warm", lambda: L.CosineScheduler(max_update=100, base_lr=1.0, warmup_steps=10, warmup_begin_lr=0.1)),
    ("Cosine const", lambda: L.CosineScheduler(max_update=100, base_lr=1.0, warmup_steps=10, warmup_mode="constant")),
    ("Cosine max 0", lambda: L.CosineScheduler(max_update=0)),
    ("Cosine final > base", lambda: L.CosineScheduler(max_update=10, base_lr=0.1, final_lr=1.0)),
]
for label, make in MAKERS:
    try:
        sched = make()
    except Exception as e:
        print(label, "->", words(e))
        continue
    try:
        print(label, [round(sched(n), 8) for n in NUMS])
        print(label, "backwards", [round(sched(n), 8) for n in reversed(NUMS)])
        print(label, "fractional", [round(sched(n), 8) for n in (0.5, 2.5, 10.0, 12.5)])
        sched.base_lr = 2.0
        print(label, "base 2", [round(sched(n), 8) for n in NUMS[:12]])
    except Exception as e:
        print(label, "->", words(e))

for begin in [0, 4]:
    opt = mx.optimizer.SGD(learning_rate=1.0, begin_num_update=begin, lr_scheduler=L.FactorScheduler(2, 0.5))
    rates = []
    for _ in range(6):
        opt._update_count(0)
        rates.append(opt._get_lr(0))
    print("optimizer begin", begin, rates, opt.num_update)
try:
    mx.optimizer.SGD(lr_scheduler=L.FactorScheduler(2, 0.5)).learning_rate = 0.3
except Exception as e:
    print("set learning_rate with a scheduler ->", words(e))
