"""mx.np's own submodules as MXNet's: arrayprint, function_base, io, stride_tricks and utils are listed by dir(mx.np), importable, and hold mx.np's functions and dtype/number names."""
import mxnet as mx
from mxnet import np, npx
import mxnet.numpy.utils as U
from mxnet.numpy import arrayprint, function_base, io, stride_tricks, utils
from mxnet.numpy.utils import _STR_2_DTYPE_
npx.set_np()
print([n for n in ('arrayprint', 'function_base', 'io', 'stride_tricks', 'utils', 'linalg', 'random', 'fallback') if n in dir(np)])
for m in (arrayprint, function_base, io, stride_tricks, utils):
    print(m.__name__.rsplit('.', 1)[-1], m.__all__)
print(U.float32 is np.float32, U.PZERO, U.NZERO, U.NINF, U.PINF, U.NaN, U.e, U.newaxis, U.finfo is np.finfo, utils.bool is bool)
print(_STR_2_DTYPE_)
print(stride_tricks.broadcast_arrays is np.broadcast_arrays, function_base.meshgrid is np.meshgrid,
      arrayprint.set_printoptions is np.set_printoptions, io.genfromtxt is np.genfromtxt)
print(function_base.meshgrid(np.arange(2), np.arange(3)))
print(stride_tricks.broadcast_arrays(np.ones((2, 1)), np.zeros(3)))
