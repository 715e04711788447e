"""lr schedulers: bare asserts on argument types, warm-up asserted and its mode checked when used, as MXNet."""
import mxnet as mx

S = mx.lr_scheduler


def show(tag, f):
    try:
        print(tag, "->", f())
    except Exception as e:  # noqa
        print(tag, "EXC", type(e).__name__, repr(str(e)))


MAKERS = {
    "factor": lambda **k: S.FactorScheduler(step=3, factor=0.5, **k),
    "multi": lambda **k: S.MultiFactorScheduler(step=[2, 5], factor=0.5, **k),
    "poly": lambda **k: S.PolyScheduler(max_update=8, pwr=2, final_lr=0.01, **k),
    "cosine": lambda **k: S.CosineScheduler(max_update=8, final_lr=0.01, **k),
}
for name, make in MAKERS.items():
    for kwargs in ({}, dict(base_lr=1.0, warmup_steps=3, warmup_begin_lr=0.25), dict(base_lr=1.0, warmup_steps=3,
                   warmup_mode="constant", warmup_begin_lr=0.5), dict(warmup_steps=2.0), dict(warmup_steps="3"),
                   dict(warmup_mode="cosine"), dict(base_lr=0.1, warmup_begin_lr=0.2), dict(warmup_steps=-1)):
        show(f"{name} {kwargs}", lambda: (lambda s: [s(u) for u in range(10)])(make(**kwargs)))
    sched = make(base_lr=1.0, warmup_steps=2)
    show(f"{name} warmup after", lambda: sched.get_warmup_lr(2))
    sched.warmup_mode = "exp"
    show(f"{name} mode changed, warm", lambda: sched(1))
    show(f"{name} mode changed, after", lambda: sched(6))
for tag, make in [("multi tuple", lambda: S.MultiFactorScheduler(step=(1, 2))), ("multi []", lambda: S.MultiFactorScheduler(step=[])),
                  ("multi int", lambda: S.MultiFactorScheduler(step=3)), ("poly float", lambda: S.PolyScheduler(max_update=10.0)),
                  ("cosine text", lambda: S.CosineScheduler(max_update="10")), ("poly 0", lambda: S.PolyScheduler(max_update=0)),
                  ("base float", lambda: S.LRScheduler(warmup_steps=1.5))]:
    show(tag, make)
