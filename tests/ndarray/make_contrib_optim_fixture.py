"""Record MXNet 1.9.1's contrib optimizer ops: python make_contrib_optim_fixture.py (with mxnet)."""
import os

import mxnet as mx
import numpy as np

from contrib_optim_cases import ADAGRAD_ATTRS, LAMB_ATTRS, adagrad_case, lamb_case

nd = mx.nd
out = {}
for i, attrs in enumerate(LAMB_ATTRS):
    for mp in (0, 1):
        weights, grads, means, variances, steps, lrs, wds = lamb_case(i, mp)
        w, g, m, v = ([nd.array(x, dtype=x.dtype) for x in xs] for xs in (weights, grads, means, variances))
        result = [nd.zeros(x.shape, dtype=x.dtype) for x in weights]
        if mp:
            w32 = [nd.array(x.astype(np.float32)) for x in weights]
            nd.contrib.multi_mp_lamb_update(w, g, m, v, w32, step_count=steps, lrs=lrs, wds=wds, out=result, **attrs)
            out.update({f"lamb{i}_{mp}_w32_{k}": x.asnumpy() for k, x in enumerate(w32)})
        else:
            nd.contrib.multi_lamb_update(w, g, m, v, step_count=steps, lrs=lrs, wds=wds, out=result, **attrs)
        for name, arrays in (("out", result), ("mean", m), ("var", v)):
            out.update({f"lamb{i}_{mp}_{name}_{k}": x.asnumpy() for k, x in enumerate(arrays)})
for i, attrs in enumerate(ADAGRAD_ATTRS):
    w, g, rows, h = adagrad_case(i)
    weight, history = nd.array(w), nd.array(h)
    grad = nd.sparse.retain(nd.array(g).tostype("row_sparse"), nd.array(rows, dtype=np.int64))
    nd.contrib.group_adagrad_update(weight, grad, history, out=weight, **attrs)
    out[f"adagrad{i}_weight"], out[f"adagrad{i}_history"] = weight.asnumpy(), history.asnumpy()
    opt = mx.optimizer.contrib.GroupAdaGrad(learning_rate=0.1, rescale_grad=0.7, clip_gradient=1.5)
    weight, history = nd.array(w), nd.array(h)
    opt.update(0, weight, grad, history)
    out[f"adagrad{i}_opt_weight"], out[f"adagrad{i}_opt_history"] = weight.asnumpy(), history.asnumpy()
weights, grads = lamb_case(1, 1)[:2]
opt = mx.optimizer.LAMB(learning_rate=0.1, multi_precision=True, wd=0.01)
w = [nd.array(x, dtype=x.dtype) for x in weights]
states = [opt.create_state_multi_precision(k, x) for k, x in enumerate(w)]
for step in range(2):
    opt.update_multi_precision([0, 1], w, [nd.array(x * (step + 1), dtype=x.dtype) for x in grads], states)
out.update({f"lamb_opt_weight_{k}": x.asnumpy() for k, x in enumerate(w)})
out.update({f"lamb_opt_master_{k}": s[0].asnumpy() for k, s in enumerate(states)})
np.savez(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "contrib_optim_mxnet_1.9.1.npz"), **out)
