"""A backward through split's squeezed 0-d outputs under legacy shapes: an output the gradient did not reach gets
zeros of a shape read as unknown, and the error shows when the gradient is read, not at the backward call; a
single-output split (its output the head) runs."""
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


SPLITS = {"n1 of (1,)": (1, lambda x: mx.nd.split(x, num_outputs=1, axis=0, squeeze_axis=True)),
          "n1 of (1,) after sqrt": (1, lambda x: mx.nd.split(x.sqrt(), num_outputs=1, axis=0, squeeze_axis=True)),
          "n3 [1]": (3, lambda x: mx.nd.split(x, num_outputs=3, axis=0, squeeze_axis=True)[1]),
          "n2 [0]": (2, lambda x: mx.nd.split(x, num_outputs=2, axis=0, squeeze_axis=True)[0]),
          "n1 of slice": (3, lambda x: mx.nd.split(mx.nd.slice(x, begin=(0,), end=(1,)), num_outputs=1, axis=0,
                                                   squeeze_axis=True)),
          "n1 of mean": (3, lambda x: mx.nd.split(mx.nd.mean(x, axis=(0,)), num_outputs=1, axis=0, squeeze_axis=True)),
          "n3 [1] of rows": (3, lambda x: mx.nd.split(x.reshape((3, 1)), num_outputs=3, axis=0, squeeze_axis=True)[1])}
for name, (n, f) in SPLITS.items():
    x = mx.nd.array([1.0, 2.0, 3.0][:n])
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    try:
        print(name, y.shape, x.grad.asnumpy().tolist())
    except Exception as e:
        print(name, y.shape, words(e))
