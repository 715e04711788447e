# A variable attached with grad_req='null' keeps its zero buffer until a backward frees the graph it is in
import mxnet as mx
from mxnet import nd, autograd


def show(tag, a):
    print(tag, None if a.grad is None else a.grad.asnumpy().tolist())


def attempt(tag, f):
    try:
        f()
        print(tag, 'ok')
    except mx.base.MXNetError as e:
        print(tag, type(e).__name__)


y = nd.array([3., 4.])
y.attach_grad()
x = nd.array([1., 2.])
x.attach_grad(grad_req='null')
show('attached', x)
with autograd.record():
    z = x * y
show('recorded', x)
z.backward(retain_graph=True)
show('retained', x)
z.backward()
show('freed', x)
show('y', y)

x = nd.array([1., 2.])
x.attach_grad(grad_req='null')
with autograd.record():
    w = x + 1
    z = nd.stop_gradient(w) * y
z.backward()
show('through stop_gradient', x)

x = nd.array([1., 2.])
x.attach_grad(grad_req='null')
with autograd.record():
    z = (x * 2) * y
autograd.grad(z, [y])
show('autograd.grad', x)

x = nd.array([1., 2.])
x.attach_grad(grad_req='null')
with autograd.record():
    z = y * 2
z.backward()
show('not in the graph', x)


def write_in_record():
    with autograd.record():
        x[:] = 3


attempt('write while recording', write_in_record)


def only_null():
    with autograd.record():
        z = x * 2
    z.backward()


attempt('backward without variables', only_null)
show('after the refused backward', x)
with autograd.record():
    z = x * y
attempt('grad of a null variable', lambda: autograd.grad(z, [x]))
z.backward()
show('again', x)
x[:] = 5
print(x.asnumpy().tolist())
