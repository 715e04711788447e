"""An executor's monitor sees the hidden outputs of sort and topk (indices), box_nms (each kept row's source) and linalg det/slogdet (getrf's factors and pivots); box_nms's input is input0."""
# recorded on AVX2
import ctypes
import mxnet as mx
import numpy as np
from mxnet.base import py_str

np.set_printoptions(precision=5, linewidth=150)
d = mx.sym.Variable('data')
x = mx.nd.array(np.random.RandomState(0).uniform(0.1, 1, (2, 3, 4)))
boxes = mx.nd.array([[[0, 0.9, 0.1, 0.1, 0.3, 0.3], [0, 0.5, 0.1, 0.1, 0.3, 0.35], [1, 0.7, 0.5, 0.5, 0.9, 0.9],
                      [1, 0.01, 0, 0, 1, 1]]])
mats = mx.nd.array([[[2., 1, 0], [1, 3, 1], [4, 0, 1]], [[0, 1, 2], [4, 2, 1], [1, 1, 1]]])
unwritten = ('so_output1',)      # MXNet's sort leaves its indices' buffer as it was
cases = [('sort', mx.sym.sort(d, name='so'), x, ['null']),
         ('topk value', mx.sym.topk(d, ret_typ='value', k=2, name='tk'), x, ['write']),
         ('topk both', mx.sym.topk(d, ret_typ='both', k=2, axis=1, name='tb'), x, ['null', 'write']),
         ('box_nms', mx.sym.contrib.box_nms(d, valid_thresh=0.05, name='nms'), boxes, ['null', 'write']),
         ('box_nms batch', mx.sym.contrib.box_nms(d, name='nb'), mx.nd.concat(boxes, boxes[:, ::-1], dim=0), ['null']),
         ('det', mx.sym.linalg.det(d, name='det'), mats, ['null', 'write']),
         ('slogdet', mx.sym.linalg.slogdet(d, name='sd'), mats, ['null'])]


def show(name, handle):
    name = py_str(name)
    value = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False).asnumpy()
    print("  ", name, value.shape, value.dtype, "-" if name in unwritten else value.ravel()[:12])


for tag, sym, data, reqs in cases:
    for req in reqs:
        print(tag, req)
        grads = None if req == 'null' else {'data': mx.nd.zeros(data.shape)}
        ex = sym.bind(mx.cpu(), {'data': data}, args_grad=grads, grad_req=req)
        ex.set_monitor_callback(show, monitor_all=True)
        ex.forward(is_train=req == 'write')
        mx.nd.waitall()
