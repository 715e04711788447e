"""Update operators without a row_sparse kernel (signum, nag_mom, rmsprop, ftrl with dense states) report MXNet's storage fallback, called directly or through an optimizer with a row_sparse weight (LAMB: both phases; Ftrl all row_sparse: none)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _stderr import stderr_of


def weight(stype):
    return mx.nd.array(np.arange(12).reshape(4, 3) / 7. - 0.5).tostype(stype)


def grad():
    return mx.nd.sparse.row_sparse_array((np.array([[0.5, -1, 2], [1, 1, -3]], dtype="float32"), [1, 3]), shape=(4, 3))


def report(label, call):
    res, lines = stderr_of(call)
    print("==", label, "ERR " + type(res).__name__ if isinstance(res, Exception) else "")
    for line in lines:
        if line.startswith(("operator", "input storage", "output storage", "params")):
            print("  ", line)


for op, n in [("signum_update", 1), ("nag_mom_update", 1), ("rmsprop_update", 1), ("ftrl_update", 2)]:
    for wst in ["default", "row_sparse"]:
        w = weight(wst)
        states = [mx.nd.ones((4, 3)).tostype(wst) for _ in range(n)]
        report(f"{op} weight {wst}", lambda: getattr(mx.nd, op)(w, grad(), *states, lr=0.1, wd=0.1, out=w))
        print("  ", w.stype, np.round(w.asnumpy(), 5).tolist())

optimizers = {"signum": lambda: mx.optimizer.Signum(learning_rate=0.1, wd=0.01),
              "nag": lambda: mx.optimizer.NAG(learning_rate=0.1, momentum=0.9, wd=0.01),
              "rmsprop": lambda: mx.optimizer.RMSProp(learning_rate=0.1, wd=0.01),
              "ftml": lambda: mx.optimizer.FTML(learning_rate=0.1, wd=0.01),
              "lamb": lambda: mx.optimizer.LAMB(learning_rate=0.1, wd=0.01),
              "ftrl": lambda: mx.optimizer.Ftrl(learning_rate=0.1, wd=0.01)}
for name, make in optimizers.items():
    for wst in ["default", "row_sparse"]:
        opt, w = make(), weight(wst)
        state = opt.create_state(0, w)
        for step in range(2):
            report(f"{name} weight {wst} step {step}", lambda: opt.update(0, w, grad(), state))
        print("  ", w.stype, np.round(w.asnumpy(), 5).tolist())
