"""An executor bound for gradients shows CTCLoss's kept gradient to its monitor (zeros in an executor without gradients)."""
# recorded on AVX2
import ctypes
import mxnet as mx
import numpy as np
from mxnet.base import py_str

np.set_printoptions(precision=5, linewidth=150)
sym = mx.sym.ctc_loss(mx.sym.Variable('data'), mx.sym.Variable('l'), name='ctc')
args = {'data': mx.nd.array(np.random.RandomState(0).uniform(size=(3, 2, 5))), 'l': mx.nd.array([[1, 2], [1, 0]])}


def show(name, handle):
    value = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False).asnumpy()
    print("  ", py_str(name), value.shape, value.dtype, value.ravel()[:10])


for req, is_train in (('null', False), ('write', False), ('write', True)):
    print(req, is_train)
    grads = None if req == 'null' else {k: mx.nd.zeros(v.shape) for k, v in args.items()}
    ex = sym.bind(mx.cpu(), args, args_grad=grads, grad_req=req)
    ex.set_monitor_callback(show)
    ex.forward(is_train=is_train)
    mx.nd.waitall()
