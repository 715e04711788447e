# a head whose every path to the variables passes a zero-gradient op (BlockGrad, stop_gradient, a comparison,
# round, sign, argmax, zeros_like) never runs its backward: a head gradient of another shape or dtype is not refused
# recorded on AVX2
import re
import mxnet as mx
from mxnet import autograd, nd
from _words import words

INNERS = ["nd.BlockGrad(x)", "nd.stop_gradient(x)", "nd.BlockGrad(x) * y", "nd.BlockGrad(x * y)", "x > 1",
          "nd.zeros_like(x)", "nd.round(x)", "nd.sign(x)", "x * y", "nd.stop_gradient(x) + y"]
HEADS = ["nd.exp(b)", "nd.relu(b)", "nd.elemwise_add(b, b)", "nd.log(b + 1)", "nd.sigmoid(b)"]
for inner in INNERS:
    for head in HEADS:
        for hg in ["nd.ones((7,))", "nd.ones(c.shape, dtype='float64')", "nd.ones((7,), dtype='float16')"]:
            x = nd.array([1., 2., 3.])
            y = nd.array([4., 5., 6.])
            x.attach_grad()
            y.attach_grad()
            with autograd.record():
                b = eval(inner)
                c = eval(head)
            try:
                c.backward(eval(hg))
                print(inner, head, hg, x.grad.asnumpy().tolist(), y.grad.asnumpy().tolist())
            except Exception as e:
                print(inner, head, hg, re.sub(r'node_\d+', 'node_N', words(e)))
