"""GroupNorm's mean/std outputs when gamma/beta do not hold one value per group, and BatchNorm's fixed-gamma gradient under 'add' per data dtype."""
# recorded on AVX2
import mxnet as mx
import numpy as np


def show(tag, v):
    try:
        print(tag, np.dtype(v.dtype).name, v.shape, v.asnumpy().ravel()[:8].tolist())
    except mx.base.MXNetError as e:
        print(tag, "MXNetError:", [line for line in str(e).split("\n") if line.strip()][-1][:90])


np.random.seed(0)
for shape, groups, params in [((2, 4, 4), 2, 2), ((2, 4, 4), 2, 4), ((1, 4, 3, 2), 2, 4), ((1, 2, 1), 1, 2),
                              ((2, 6, 2), 3, 3), ((2, 6, 2), 3, 1)]:
    x = mx.nd.array(np.random.randn(*shape))
    gamma, beta = mx.nd.array(np.random.randn(params)), mx.nd.array(np.random.randn(params))
    for eps in (1e-5, 0.1):
        out, mean, std = mx.nd.GroupNorm(x, gamma, beta, num_groups=groups, eps=eps, output_mean_var=True)
        print("GroupNorm", shape, groups, params, eps)
        show("  out", out)
        show("  mean", mean)
        show("  std", std)
    with mx.autograd.record():
        out, mean, std = mx.nd.GroupNorm(x, gamma, beta, num_groups=groups, output_mean_var=True)
    show("  recorded mean", mean)

for dt in ["float16", "float32", "float64"]:
    for req in ["write", "add"]:
        for fix_gamma in [True, False]:
            x = mx.nd.array(np.random.randn(3, 2, 2), dtype=dt)
            pdt = "float32" if dt == "float16" else dt
            params = [mx.nd.array(np.random.rand(2) + 0.5, dtype=pdt) for _ in range(4)]
            for p in params[:2]:
                p.attach_grad(grad_req=req)
                p.grad[:] = 0.5
            with mx.autograd.record():
                y = mx.nd.BatchNorm(x, *params, fix_gamma=fix_gamma)
            y.backward(mx.nd.ones(y.shape, dtype=dt))
            print("BatchNorm", dt, req, fix_gamma, np.round(params[0].grad.asnumpy(), 4).tolist(),
                  params[1].grad.asnumpy().tolist())
