"""In np shape semantics the update operators take 0-d weights and states and update the states in place."""
import mxnet as mx
from mxnet import nd

mx.npx.set_np()


def zero_d(value, dtype='float32'):
    return nd.array(value, dtype=dtype)


CASES = [
    ('sgd_update', 0, {}), ('sgd_mom_update', 1, dict(momentum=0.9)), ('nag_mom_update', 1, dict(momentum=0.9)),
    ('adam_update', 2, {}), ('rmsprop_update', 1, {}), ('rmspropalex_update', 3, {}), ('ftrl_update', 2, {}),
    ('ftml_update', 3, dict(t=2)), ('signsgd_update', 0, {}), ('signum_update', 1, dict(momentum=0.9)),
]
for op, n_states, extra in CASES:
    for clip in (-1.0, 0.5):
        states = [zero_d(0.3) for _ in range(n_states)]
        clip_kw = {'clip_grad' if op == 'ftml_update' else 'clip_gradient': clip}
        out = getattr(nd, op)(zero_d(1.0), zero_d(-4.0), *states, lr=0.1, wd=0.01, **clip_kw, **extra)
        print(op, clip, out.shape, out.asscalar(), [(s.shape, s.asscalar()) for s in states])

for op, n_mom in (('mp_sgd_update', 0), ('mp_sgd_mom_update', 1), ('mp_nag_mom_update', 1)):
    moms = [zero_d(0.3) for _ in range(n_mom)]
    master = zero_d(1.0)
    momentum = dict(momentum=0.9) if n_mom else {}
    out = getattr(nd, op)(zero_d(1.0, 'float16'), zero_d(-4.0, 'float16'), *moms, master, lr=0.1, clip_gradient=0.5,
                          **momentum)
    print(op, out.dtype, out.shape, out.asscalar(), master.asscalar(), [m.asscalar() for m in moms])

mean, var = zero_d(0.3), zero_d(0.3)
g = nd.lamb_update_phase1(zero_d(1.0), zero_d(-4.0), mean, var, t=1, wd=0.01, clip_gradient=0.5)
print('lamb_update_phase1', g.shape, g.asscalar(), mean.asscalar(), var.asscalar())
w = nd.lamb_update_phase2(zero_d(1.0), g, nd.array([1.0]), nd.array([2.0]), lr=0.1)
print('lamb_update_phase2', w.shape, w.asscalar())
