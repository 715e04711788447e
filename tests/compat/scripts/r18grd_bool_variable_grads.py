"""Gradients of a bool variable through the legacy unary operators and reductions: which backward kernels fail on
their own, which carry the forward kernel's error, and the zero gradients of the rounding operators."""
import mxnet as mx
from mxnet import nd, autograd
from _words import words

NAMES = ("abs arccos arcsin arctan cbrt ceil cos cosh degrees erf erfinv exp expm1 fix floor gamma gammaln log log1p "
         "negative radians rcbrt reciprocal relu rint round rsqrt sigmoid sign sin sinh softsign sqrt square tan tanh "
         "trunc identity BlockGrad zeros_like sum max mean").split()
for name in NAMES:
    x = nd.array([[1, 0, 1]], dtype="bool")
    x.attach_grad()
    with autograd.record():
        y = getattr(nd, name)(x)
    y.backward(nd.ones(y.shape, dtype=y.dtype))
    seen = []
    for read in (lambda: x.grad.asnumpy().tolist(), nd.waitall):
        try:
            seen.append(str(read()))
        except Exception as e:
            seen.append(words(e))
    print(name, y.dtype.__name__, "|", " | ".join(seen))
