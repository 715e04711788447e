"""take's backward refuses grad_req 'add' on its indices (executor with the data's gradient asked too; autograd, read from the data's gradient)."""
# recorded on AVX2
import re
import mxnet as mx


def words(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', [line for line in str(e).splitlines() if line.strip()][-1])


for req in [{'x': 'write', 'y': 'add'}, {'x': 'add', 'y': 'add'}, {'x': 'add', 'y': 'write'}]:
    for axis, mode in [(0, 'clip'), (1, 'wrap')]:
        sym = mx.sym.take(mx.sym.Variable('x'), mx.sym.Variable('y'), axis=axis, mode=mode)
        try:
            ex = sym.simple_bind(mx.cpu(), grad_req=req, x=(3, 4), y=(2, 2))
            ex.arg_dict['x'][:] = mx.nd.arange(12).reshape((3, 4))
            ex.arg_dict['y'][:] = mx.nd.array([[0, 5], [-1, 2]])
            out = ex.forward(is_train=True)[0]
            ex.backward(mx.nd.ones(out.shape))
            print(req, axis, mode, {k: v.asnumpy().tolist() for k, v in sorted(ex.grad_dict.items()) if v is not None})
        except mx.base.MXNetError as e:
            print(req, axis, mode, 'error:', words(e))
x, y = mx.nd.arange(12).reshape((3, 4)), mx.nd.array([[0, 2], [1, 2]])
x.attach_grad(grad_req='write')
y.attach_grad(grad_req='add')
with mx.autograd.record():
    z = mx.nd.take(x, y, axis=0)
z.backward()
try:
    print(x.grad.asnumpy().tolist())
except mx.base.MXNetError as e:
    print('autograd error:', words(e))
