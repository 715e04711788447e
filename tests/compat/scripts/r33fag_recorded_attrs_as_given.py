"""get_symbol of a recorded graph shows float attributes as the text given (clip's 1.8, LeakyReLU's slope), also on the backward nodes of a create_graph gradient."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd
import numpy as np

x = nd.array([[0.7, 2.0, 0.5], [3.0, 1.5, 0.2]])
x.attach_grad()
cases = [lambda: nd.clip(x, 0.3, 1.8), lambda: nd.clip(x, a_min=1.3, a_max=2.7), lambda: x.clip(0.1, 1.9),
         lambda: nd.LeakyReLU(x, slope=1.8), lambda: nd.LeakyReLU(x, act_type='elu', slope=np.float32(1.3)),
         lambda: nd.hard_sigmoid(x, alpha=1.7, beta=0.3), lambda: nd.L2Normalization(x, eps=1.1e-5),
         lambda: nd.SoftmaxOutput(x, nd.array([1, 2]), grad_scale=1.8), lambda: nd.smooth_l1(x, 1.8),
         lambda: nd.softmax(x, temperature=1.8), lambda: nd.clip(x, np.float32(0.3), np.float64(1.8)),
         lambda: nd.one_hot(x, 4, on_value=1.8), lambda: nd.Dropout(x, p=0.35)]
for f in cases:
    with autograd.record():
        y = f()
    print(autograd.get_symbol(y).attr_dict())
for f in (lambda v: nd.clip(v, 0.3, 1.8), lambda v: nd.hard_sigmoid(v, alpha=1.7, beta=0.3)):
    with autograd.record():
        g = autograd.grad(f(x), [x], create_graph=True, retain_graph=True)[0]
    print(g.asnumpy())
    print(autograd.get_symbol(g).attr_dict())
