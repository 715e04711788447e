"""AdaGrad takes an NDArray rescale_grad (multiplying the gradient elementwise), and a fixed BatchNorm gamma gets a
zero gradient written into its buffer even under grad_req='add'."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd

for rescale in [nd.array([0.5]), nd.array([0.5, 2.0]), 0.5]:
    opt = mx.optimizer.AdaGrad(learning_rate=0.1, rescale_grad=rescale)
    w = nd.ones((2,))
    opt.update(0, w, nd.array([1.0, 2.0]), opt.create_state(0, w))
    print("adagrad", type(rescale).__name__, np.round(w.asnumpy().astype(float), 5).tolist())

for fix in [True, False]:
    for req in ["add", "write"]:
        x = nd.array(np.arange(12).reshape(3, 4) / 7.0)
        gamma, beta = nd.array([1.5, 0.5, 2.0, 1.0]), nd.zeros((4,))
        for a in (x, gamma, beta):
            a.attach_grad(grad_req=req)
            a.grad[:] = 1
        for _ in range(2):
            with autograd.record():
                y = nd.BatchNorm(x, gamma, beta, nd.zeros((4,)), nd.ones((4,)), fix_gamma=fix)
            y.backward(nd.array(np.arange(12).reshape(3, 4) % 5))
        print("BatchNorm fix_gamma", fix, req, "gamma", np.round(gamma.grad.asnumpy().astype(float), 3).tolist(),
              "beta", beta.grad.asnumpy().tolist())
