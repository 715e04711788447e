# Optimizer update operators with clip_gradient=NaN: MXNet clips only when the bound is >= 0, so NaN never clips.
import mxnet as mx
from mxnet import nd

nan = float("nan")
w, g = nd.array([1., 2.]), nd.array([10., -20.])
updates = [
    ("sgd_update", 0, {}), ("sgd_mom_update", 1, {}), ("nag_mom_update", 1, {}), ("adam_update", 2, {}),
    ("rmsprop_update", 1, {}), ("rmspropalex_update", 3, {}), ("signum_update", 1, {}), ("ftrl_update", 2, {}),
    ("ftml_update", 3, {"t": 1, "clip_grad": nan}), ("signsgd_update", 0, {}),
]
for name, nstates, extra in updates:
    kwargs = {"lr": 0.1, "clip_gradient": nan} if "clip_grad" not in extra else {"lr": 0.1}
    kwargs.update(extra)
    states = [nd.zeros(2) for _ in range(nstates)]
    print(name, getattr(nd, name)(w.copy(), g, *states, **kwargs).asnumpy().tolist())
print("adamw", nd.contrib.adamw_update(w.copy(), g, nd.zeros(2), nd.zeros(2), nd.array([1.]), lr=0.1, eta=1.,
                                        clip_gradient=nan).asnumpy().tolist())
print("rmsprop clip_weights", nd.rmsprop_update(w.copy(), g, nd.zeros(2), lr=0.1, clip_weights=nan).asnumpy().tolist())
