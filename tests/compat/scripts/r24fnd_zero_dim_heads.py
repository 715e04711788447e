"""A backward from a 0-d head (split's squeezed outputs of a vector) under legacy shapes: the head's shape reads as
unknown, and the error shows when the gradient is read, not at the backward call."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from _words import words

BACKS = {"backward": lambda y: y.backward(), "autograd.backward": lambda y: autograd.backward([y]),
         "head ones((1,))": lambda y: y.backward(mx.nd.ones((1,))), "retain": lambda y: y.backward(retain_graph=True)}
for name, back in BACKS.items():
    for req in ("write", "add"):
        x = mx.nd.array([1.0, 2.0, 3.0])
        x.attach_grad(grad_req=req)
        with autograd.record():
            y = mx.nd.split(x * 2, num_outputs=3, axis=0, squeeze_axis=True)[1]
        print(name, req, "head", y.shape, y.asnumpy().tolist())
        try:
            back(y)
            print(name, req, "backward returned")
        except Exception as e:
            print(name, req, "backward raised", words(e))
        try:
            print(name, req, "grad", x.grad.asnumpy().tolist())
        except Exception as e:
            print(name, req, "grad read raised", words(e))
