"""Backward from sparse heads (cast_storage to csr/row_sparse, sparse ops) with the default and given head gradients, under 'write' and 'add'."""
import mxnet as mx
import numpy as np

for shape in [(2, 3), (4, 1), (3, 3)]:
    for stype in ["csr", "row_sparse", "default"]:
        for req in ["write", "add"]:
            for given in [False, True]:
                x = mx.nd.array(np.arange(np.prod(shape)).reshape(shape) - 2.0)
                x.attach_grad(grad_req=req)
                x.grad[:] = 0.5
                with mx.autograd.record():
                    y = mx.nd.cast_storage(x * 2, stype=stype)
                if given:
                    y.backward(mx.nd.array(np.arange(np.prod(shape)).reshape(shape) * 0.5))
                else:
                    y.backward()
                print(shape, stype, req, given, y.stype, x.grad.stype, x.grad.asnumpy().ravel().tolist())
x = mx.nd.array([[1.0, 0.0], [0.0, 2.0]])
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.sparse.abs(mx.nd.cast_storage(x, stype="row_sparse"))
y.backward()
print("abs of row_sparse", y.stype, x.grad.asnumpy().tolist())
