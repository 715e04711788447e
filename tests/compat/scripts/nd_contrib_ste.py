import mxnet as mx, numpy as np
x = mx.nd.array([-2.5, -1.5, -0.2, 0.0, 0.5, 1.5, 2.4])
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.contrib.round_ste(x) * mx.nd.contrib.sign_ste(x + 0.1)
y.backward(mx.nd.arange(7))
print(y, x.grad)
s = mx.sym.contrib.round_ste(mx.sym.var('x'))
print(s.list_outputs(), s.eval(x=x)[0])
print(mx.sym.contrib.sign_ste(mx.sym.var('x'), name='sg').list_outputs())
print(mx.nd.contrib.round_ste(mx.nd.array([1.5, -0.5], dtype='float64')).dtype)
