"""float16 gradients of activations under head gradients other than one (hard_sigmoid: alpha in half first)."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

x0 = np.array([[-3, -1.5, -0.4, 0, 0.3], [0.7, 1.2, 2.5, 4, -0.0]], np.float16)
head = nd.array(np.random.RandomState(4).uniform(-2, 2, x0.shape), dtype="float16")
OPS = {"hard_sigmoid": nd.hard_sigmoid, "hard_sigmoid a.3": lambda x: nd.hard_sigmoid(x, alpha=0.3, beta=0.4),
       "sigmoid": nd.sigmoid, "tanh": nd.tanh, "softsign": nd.softsign,
       "softrelu": lambda x: nd.Activation(x, act_type="softrelu"), "elu": lambda x: nd.LeakyReLU(x, act_type="elu"),
       "selu": lambda x: nd.LeakyReLU(x, act_type="selu"), "gelu": lambda x: nd.LeakyReLU(x, act_type="gelu"),
       "leaky": lambda x: nd.LeakyReLU(x, act_type="leaky", slope=0.3), "smooth_l1": lambda x: nd.smooth_l1(x, scalar=1.0),
       "clip": lambda x: nd.clip(x, -1, 2)}
for name, f in OPS.items():
    x = nd.array(x0, dtype="float16")
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward(head)
    print(name, x.grad.asnumpy().view(np.uint16).tolist())
