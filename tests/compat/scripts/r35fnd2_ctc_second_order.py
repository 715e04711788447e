"""A second order through CTCLoss (any of its names) fails at MXNet's _backward_ctc_loss, whose inputs are the loss's outputs: the data is reached through them."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

calls = [("CTCLoss", nd.CTCLoss), ("ctc_loss", nd.ctc_loss), ("contrib.CTCLoss", nd.contrib.CTCLoss),
         ("contrib.ctc_loss", nd.contrib.ctc_loss)]
for name, ctc in calls:
    for label_is_variable in (False, True):
        x = nd.array(np.random.RandomState(0).uniform(-1, 1, (4, 2, 3)))
        label = nd.array([[1, 2], [2, 0]])
        x.attach_grad()
        if label_is_variable:
            label.attach_grad()
        with autograd.record():
            loss = ctc(x, label)
            (grad,) = autograd.grad(loss, [x], head_grads=nd.ones_like(loss), create_graph=True, retain_graph=True)
            total = (grad * grad).sum()
        print(name, label_is_variable, loss.asnumpy().tolist(), grad.asnumpy().ravel()[:6].tolist())
        try:
            total.backward()
            print("  second order:", x.grad.asnumpy().ravel()[:6].tolist())
        except mx.MXNetError as e:
            print("  fails:", [line for line in str(e).splitlines() if line.startswith("MXNetError")][:1])
