"""im2col/col2im as MXNet's CPU kernels run them: they view the image as 4-D, so a 1-D kernel on 4-D data reads each
sample's first C*H values as C rows (forward and gradient, also into an 'add' gradient), 3-D images fail reading a
fourth axis and 5-D ones the view's size check, when the result is read."""
import mxnet as mx
from mxnet import nd, autograd


def show(label, f):
    try:
        print(label, f().asnumpy().tolist())
    except mx.base.MXNetError as e:
        lines = str(e).split('Stack trace')[0].strip().splitlines()
        print(label, 'MXNetError', lines[1].strip() if len(lines) > 2 else '', '|', lines[-1])


x4 = nd.arange(2 * 3 * 5 * 2).reshape((2, 3, 5, 2))
show('4-D data, 1-D kernel', lambda: nd.im2col(x4, kernel=(2,)))
show('4-D data, 1-D kernel, pad/stride/dilate', lambda: nd.im2col(x4, kernel=(2,), pad=(1,), stride=(2,), dilate=(2,)))
show('4-D data, 1-D kernel 3, pad 1', lambda: nd.im2col(x4, kernel=(3,), pad=(1,)))
show('4-D data, 2-D kernel', lambda: nd.im2col(x4, kernel=(2, 2)))
show('3-D data, 1-D kernel', lambda: nd.im2col(nd.arange(10).reshape((1, 2, 5)), kernel=(2,)))
show('3-D data, 2-D kernel', lambda: nd.im2col(nd.arange(10).reshape((1, 2, 5)), kernel=(2, 2)))
show('5-D data, 1-D kernel', lambda: nd.im2col(nd.arange(96).reshape((2, 2, 2, 3, 4)), kernel=(2,)))
show('5-D data, 2-D kernel', lambda: nd.im2col(nd.arange(96).reshape((2, 2, 2, 3, 4)), kernel=(2, 2)))
show('5-D data, 3-D kernel', lambda: nd.im2col(nd.arange(96).reshape((2, 2, 2, 3, 4)), kernel=(2, 2, 2)))
show('6-D data, 1-D kernel', lambda: nd.im2col(nd.arange(16).reshape((1, 2, 2, 2, 2, 1)), kernel=(2,)))
show('col2im 1-D', lambda: nd.col2im(nd.arange(12).reshape((1, 4, 3)), output_size=(4,), kernel=(2,)))
show('col2im 3-D', lambda: nd.col2im(nd.arange(16).reshape((2, 8, 1)), output_size=(2, 2, 2), kernel=(2, 2, 2)))
for kw in [dict(kernel=(2,)), dict(kernel=(2,), pad=(1,), stride=(2,), dilate=(2,))]:
    x = x4.copy()
    x.attach_grad()
    with autograd.record():
        y = nd.im2col(x, **kw)
    y.backward(nd.arange(y.size).reshape(y.shape))
    print('grad', kw, x.grad.asnumpy().tolist())
x = x4.copy()
x.attach_grad(grad_req='add')
x.grad[:] = 1
for _ in range(2):
    with autograd.record():
        y = nd.im2col(x, kernel=(3,))
    y.backward(nd.ones(y.shape))
print('add grad', x.grad.asnumpy().tolist())
x3 = nd.arange(10).reshape((1, 2, 5))
x3.attach_grad()
with autograd.record():
    y3 = nd.im2col(x3, kernel=(2,))
show('3-D data grad', lambda: (y3.backward(nd.ones(y3.shape)), x3.grad)[1])
