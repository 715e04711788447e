"""Functions MXNet defines in mxnet.ndarray.ndarray and mxnet.symbol.symbol are reachable there too."""
import mxnet as mx
from mxnet.ndarray import ndarray as ndm
from mxnet.symbol import symbol as sm
from mxnet.ndarray.ndarray import zeros, array, concatenate, onehot_encode
print(zeros((2,)), array([1, 2]).dtype, concatenate([mx.nd.ones((1, 2)), mx.nd.zeros((1, 2))]))
print(ndm.add(mx.nd.ones(2), 1), ndm.split_v2(mx.nd.arange(4), 2)[1], ndm.moveaxis(mx.nd.ones((1, 2)), 0, 1).shape)
print(sm.zeros((2, 3)).infer_shape()[1], sm.arange(3).list_outputs(), len(sm.split_v2(mx.sym.var('a'), 2)))
for mod in (ndm, sm):
    try:
        mod.no_such_thing
    except AttributeError as e:
        print(type(e).__name__)
print(mx.nd.numpy is mx.nd.np, mx.nd.numpy_extension is mx.nd.npx, mx.sym.numpy is mx.sym.np,
      mx.sym.numpy_extension is mx.sym.npx)
print([hasattr(m, 'create') for m in (mx.sym, mx.sym.contrib, mx.sym.linalg, mx.sym.random)])
print([hasattr(m, n) for m in (mx.nd, mx.nd.op) for n in ('_plus_scalar', '_contrib_box_nms', '_linalg_gemm', '_copyto',
                                                             '_random_uniform', '_Plus')])
print(mx.nd._internal._plus_scalar(mx.nd.ones(2), scalar=1).asnumpy(), mx.nd._internal._random_uniform(shape=(1, 2)).shape)
print([hasattr(m, n) for m in (mx.sym, mx.sym.op) for n in ('_Plus', '_plus_scalar', '_contrib_box_nms', '_zeros')],
      mx.sym._internal._Plus(mx.sym.var('a'), mx.sym.var('b')).list_arguments(),
      mx.sym.sparse._contrib_round_ste(mx.sym.var('c')).name)
