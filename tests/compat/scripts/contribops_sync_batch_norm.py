"""contrib.SyncBatchNorm on one device as MXNet's own kernel: batch sums sample by sample, E[x^2] - E[x]^2 as
the variance (the third output), its gradients and moving statistics, the global-statistics branch, fix_gamma
writing ones into gamma, and the parameter type check."""
import mxnet as mx
import numpy as np
from _show_values import show

rs = np.random.RandomState(2)
for shape in ((4, 3, 2, 3), (5, 3), (2, 3, 7)):
    for train in (True, False):
        for fix_gamma, global_stats, mean_var in ((False, False, True), (True, False, False), (False, True, True)):
            x = mx.nd.array(rs.uniform(-1, 1, shape))
            g, b = mx.nd.array(rs.uniform(0.5, 1.5, 3)), mx.nd.array(rs.uniform(-1, 1, 3))
            mm, mv = mx.nd.array(rs.uniform(-1, 1, 3)), mx.nd.array(rs.uniform(0.5, 1.5, 3))
            for a in (x, g, b):
                a.attach_grad()
            with mx.autograd.record(train_mode=train):
                out = mx.nd.contrib.SyncBatchNorm(x, g, b, mm, mv, key=f"k{shape}{train}", eps=2e-5, momentum=0.8,
                                                  fix_gamma=fix_gamma, use_global_stats=global_stats,
                                                  output_mean_var=mean_var)
            y = out[0] if mean_var else out
            y.backward(mx.nd.array(rs.uniform(-1, 1, shape)), train_mode=train)
            shown = out if mean_var and train and not global_stats else [y]    # else MXNet leaves mean/var unset
            print(shape, train, fix_gamma, global_stats, [o.asnumpy().tolist() for o in shown])
            print("  grads", [a.grad.asnumpy().tolist() for a in (x, g, b)])
            print("  state", g.asnumpy().tolist(), mm.asnumpy().tolist(), mv.asnumpy().tolist())
show("half", lambda: mx.nd.contrib.SyncBatchNorm(mx.nd.ones((2, 3), dtype="float16"), *[mx.nd.ones(3, dtype="float16")] * 4,
                                                  key="h"))
