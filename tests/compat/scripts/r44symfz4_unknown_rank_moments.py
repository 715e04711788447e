"""moments over data of unknown rank normalizes its axes by rank -1 and checks them for duplicates, the largest, then the smallest, and SoftmaxActivation's backward of 1-D data fails in the index check's words alone, as MXNet does."""
import re

import mxnet as mx


def show(name, f):
    try:
        print(name, f())
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('Stack trace')[0].strip())


x = mx.sym.Variable('x')
for axes in [(-1,), (-2, -1), (0, -1), (-1, 0), (-1, -1), (1, 1), (-3,), (2, -1), (3,)]:
    show('moments %s' % (axes,), lambda: mx.sym.moments(x, axes=axes)[0].infer_shape_partial())
    show('moments (2, 0) %s' % (axes,), lambda: mx.sym.moments(x, axes=axes)[1].infer_shape_partial(x=(2, 0)))
show('moments after relu', lambda: mx.sym.moments(mx.sym.relu(x), axes=(-1,))[0].infer_shape_partial())

y = mx.sym.SoftmaxActivation(x)
exe = y.simple_bind(mx.cpu(), x=(3,))
exe.arg_dict['x'][:] = mx.nd.array([1, 2, 3])
print(exe.forward(is_train=True)[0])
exe.backward([mx.nd.ones((3,))])
show('SoftmaxActivation 1-D gradient', lambda: exe.grad_dict['x'].asnumpy())
a = mx.nd.array([1, 2, 3])
a.attach_grad()
with mx.autograd.record():
    b = mx.nd.SoftmaxActivation(a)
b.backward()
show('SoftmaxActivation 1-D recorded gradient', lambda: a.grad.asnumpy())
