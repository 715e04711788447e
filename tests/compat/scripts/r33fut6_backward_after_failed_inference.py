"""Executor.backward after an inference forward whose sampler failed: the gradients carry the error (raised once on read)."""
# recorded on AVX2
import mxnet as mx


def build(dep):
    x, z = mx.sym.Variable('x'), mx.sym.Variable('z')
    r = mx.sym.random.normal(0, -1, (2, 2) if dep else (1,))
    prod = mx.sym.dot(z, x)
    out = mx.sym.dot(prod, r) if dep else mx.sym.broadcast_add(prod * 2, r)
    return mx.sym.make_loss(out)


def run(dep, read, req):
    arr = {'x': mx.nd.ones((2, 2)), 'z': mx.nd.ones((3, 2))}
    grads = {'x': mx.nd.zeros((2, 2)), 'z': mx.nd.zeros((3, 2))}
    ex = build(dep).bind(ctx=mx.cpu(), args=arr, args_grad=grads, grad_req=req)
    outs = ex.forward()
    ex.backward()
    if read == 'grad_arrays':
        print(ex.grad_arrays[1].asnumpy().ravel())
    elif read == 'grad_dict':
        ex.grad_dict['z'].wait_to_read()
    elif read == 'bound':
        print(grads['z'].asnumpy().ravel())
    else:
        print(outs[0].asnumpy().ravel())


for dep in (True, False):
    for req in ('write', 'add', {'x': 'null', 'z': 'write'}):
        for read in ('grad_arrays', 'grad_dict', 'bound', 'output'):
            try:
                run(dep, read, req)
                print(dep, req, read, "no error")
            except mx.base.MXNetError as e:
                print(dep, req, read, type(e).__name__, [l for l in str(e).splitlines() if 'Check failed' in l][:1])
            try:
                mx.nd.waitall()
                print("waitall: nothing pending")
            except mx.base.MXNetError as e:
                print("waitall:", type(e).__name__)
