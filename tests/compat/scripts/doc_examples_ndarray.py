"""MXNet 1.9.1's own ``>>>`` documentation examples of mxnet.ndarray.ndarray, mxnet.ndarray.utils, mxnet.ndarray.sparse, mxnet.ndarray.contrib, run statement by statement:
each expression's repr is printed, an exception as its class name."""
import os
import shutil
import tempfile

from _doc_statements import run


_here = os.getcwd()
_tmp = tempfile.mkdtemp()
os.chdir(_tmp)
try:

    run('mxnet.ndarray.ndarray.NDArray.T', [
        'x = mx.nd.arange(0,6).reshape((2,3))\n',
        'x.asnumpy()\n',
        'x.T.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.context', [
        'x = mx.nd.array([1, 2, 3, 4])\n',
        'x.context\n',
        'type(x.context)\n',
        'y = mx.nd.zeros((2,3), mx.gpu(0))\n',
        'y.context\n',
])
    run('mxnet.ndarray.ndarray.NDArray.ctx', [
        'x = mx.nd.array([1, 2, 3, 4])\n',
        'x.ctx\n',
        'type(x.ctx)\n',
        'y = mx.nd.zeros((2,3), mx.gpu(0))\n',
        'y.ctx\n',
])
    run('mxnet.ndarray.ndarray.NDArray.dtype', [
        'x = mx.nd.zeros((2,3))\n',
        'x.dtype\n',
        "y = mx.nd.zeros((2,3), dtype='int32')\n",
        'y.dtype\n',
])
    run('mxnet.ndarray.ndarray.NDArray.ndim', [
        'x = mx.nd.array([1, 2, 3, 4])\n',
        'x.ndim\n',
        'x = mx.nd.array([[1, 2], [3, 4]])\n',
        'x.ndim\n',
])
    run('mxnet.ndarray.ndarray.NDArray.shape', [
        'x = mx.nd.array([1, 2, 3, 4])\n',
        'x.shape\n',
        'y = mx.nd.zeros((2, 3, 4))\n',
        'y.shape\n',
])
    run('mxnet.ndarray.ndarray.NDArray.size', [
        'import numpy as np\n',
        'x = mx.nd.zeros((3, 5, 2))\n',
        'x.size\n',
        'np.prod(x.shape)\n',
])
    run('mxnet.ndarray.ndarray.NDArray.__setitem__', [
        'x = mx.nd.zeros((2, 3))\n',
        'x[:] = 1\n',
        'x.asnumpy()\n',
        'x[:, 1:2] = 2\n',
        'x.asnumpy()\n',
        'x[1:2, 1:] = 3\n',
        'x.asnumpy()\n',
        'x[1:, 0:2] = mx.nd.zeros((1, 2))\n',
        'x.asnumpy()\n',
        'x[1, 2] = 4\n',
        'x.asnumpy()\n',
        'x[[0], [1, 2]] = 5\n',
        'x.asnumpy()\n',
        'x[::-1, 0:2:2] = [6]\n',
        'x.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.__getitem__', [
        'x = mx.nd.arange(0, 6).reshape((2, 3))\n',
        'x.asnumpy()\n',
        'x[0, :].asnumpy()\n',
        'x[0, :2].asnumpy()\n',
        'x[:, :-1].asnumpy()\n',
        'x = mx.nd.arange(0, 6).reshape((2, 3))\n',
        'x[0].asnumpy()\n',
        'x[1:].asnumpy()\n',
        'x = mx.nd.arange(0, 16).reshape((2, 2, 2, 2))\n',
        'x[0, ..., 1].asnumpy()\n',
        'x[0, :, :, 1].asnumpy()  # equivalent\n',
        'x = mx.nd.arange(0, 6).reshape((2, 3))\n',
        'x[None, :, :].asnumpy()\n',
        'x[None, :, :].shape\n',
        'x = mx.nd.arange(0, 8).reshape((2, 2, 2))\n',
        'y = x[0]  # contiguous\n',
        'y.asnumpy()\n',
        'y[:] = -1\n',
        'x.asnumpy()\n',
        'x = mx.nd.arange(0, 8).reshape((2, 2, 2))\n',
        'y = x[1, :1, :]  # contiguous\n',
        'y.asnumpy()\n',
        'y[:] = -1\n',
        'x.asnumpy()\n',
        'x = mx.nd.arange(0, 8).reshape((2, 2, 2))\n',
        'y = x[:, :, 1]  # not contiguous\n',
        'y.asnumpy()\n',
        'y[:] = -1\n',
        'x.asnumpy()\n',
        'x = mx.nd.arange(0, 8).reshape((2, 2, 2))\n',
        'x[[0, 1]].asnumpy()\n',
        'x[[0, 1], :].asnumpy()  # equivalent\n',
        "y = np.array([0, 1], dtype='int32')\n",
        'x[1:, y].asnumpy()\n',
        "y = mx.nd.array([0, 1], dtype='int32')\n",
        'x[1:, y].asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray._sync_copyfrom', [
        'a = mx.nd.array([1, 2])\n',
        'a.asnumpy()\n',
        'a[:] = np.array([3, 4])\n',
])
    run('mxnet.ndarray.ndarray.NDArray._slice', [
        'a = mx.nd.array([[1,2], [3, 4], [5, 6], [7, 8]])\n',
        'a[1:2].asnumpy()\n',
        'a[1:1].asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray._at', [
        'a = mx.nd.array([[1,2], [3, 4]])\n',
        'a[1].asnumpy()\n',
        'b = mx.nd.array([1, 2, 3, 4])\n',
        'b[0].asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.reshape', [
        'x = mx.nd.arange(0,6).reshape(2,3)\n',
        'x.asnumpy()\n',
        'y = x.reshape(3,2)\n',
        'y.asnumpy()\n',
        'y = x.reshape(3,-1)\n',
        'y.asnumpy()\n',
        'y = x.reshape(3,2)\n',
        'y.asnumpy()\n',
        'y = x.reshape(-3)\n',
        'y.asnumpy()\n',
        'y[:] = -1\n',
        'x.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.flatten', [
        'x = mx.nd.arange(30).reshape(5,2,3)\n',
        'y = x.flatten(inplace=True)\n',
        'z = x.flatten()\n',
        'y.shape\n',
        'y[0].asnumpy()\n',
        'y[:] = -1\n',
        'x[0].asnumpy()\n',
        'z[0].asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.expand_dims', [
        'x = mx.nd.arange(6).reshape(2,3)\n',
        'y = x.expand_dims(1, inplace=True)\n',
        'z = x.expand_dims(1)\n',
        'y.shape\n',
        'y[0].asnumpy()\n',
        'y[:] = -1\n',
        'x.asnumpy()\n',
        'z[0].asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.broadcast_to', [
        'x = mx.nd.arange(0,3).reshape((1,3,1))\n',
        'x.asnumpy()\n',
        'y = x.broadcast_to((2,3,3))\n',
        'y.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.broadcast_like', [
        'x = mx.nd.arange(0,3).reshape((1,3,1))\n',
        'x.asnumpy()\n',
        'y = x.broadcast_like(mx.nd.ones((2,3,3)))\n',
        'y.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.asnumpy', [
        'x = mx.nd.ones((2,3))\n',
        'y = x.asnumpy()\n',
        'type(y)\n',
        'y\n',
        "z = mx.nd.ones((2,3), dtype='int32')\n",
        'z.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.asscalar', [
        "x = mx.nd.ones((1,), dtype='int32')\n",
        'x.asscalar()\n',
        'type(x.asscalar())\n',
])
    run('mxnet.ndarray.ndarray.NDArray.astype', [
        "x = mx.nd.zeros((2,3), dtype='float32')\n",
        "y = x.astype('int32')\n",
        'y.dtype\n',
])
    run('mxnet.ndarray.ndarray.NDArray.copyto', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.zeros((2,3), mx.gpu(0))\n',
        'z = x.copyto(y)\n',
        'z is y\n',
        'y.asnumpy()\n',
        'y.copyto(mx.gpu(0))\n',
])
    run('mxnet.ndarray.ndarray.NDArray.copy', [
        'x = mx.nd.ones((2,3))\n',
        'y = x.copy()\n',
        'y.asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.NDArray.slice_assign_scalar', [
        'from mxnet import nd\n',
        'x = nd.ones((2, 2, 2))\n',
        'y = x.slice_assign_scalar(0, (0, 0, None), (1, 1, None), (None, None, None))\n',
        'y\n',
        'x\n',
])
    run('mxnet.ndarray.ndarray.NDArray.slice_assign', [
        'x = nd.ones((2, 2, 2))\n',
        'assigned = nd.zeros((1, 1, 2))\n',
        'y = x.slice_assign(assigned, (0, 0, None), (1, 1, None), (None, None, None))\n',
        'y\n',
        'x\n',
])
    run('mxnet.ndarray.ndarray.NDArray.as_in_context', [
        'x = mx.nd.ones((2,3))\n',
        'y = x.as_in_context(mx.cpu())\n',
        'y is x\n',
        'z = x.as_in_context(mx.gpu(0))\n',
        'z is x\n',
])
    run('mxnet.ndarray.ndarray.NDArray.to_dlpack_for_read', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.to_dlpack_for_read(x)\n',
        'type(y)\n',
        'z = mx.nd.from_dlpack(y)\n',
        'z\n',
])
    run('mxnet.ndarray.ndarray.indexing_key_expand_implicit_axes', [
        'shape = (3, 4, 5)\n',
        'indexing_key_expand_implicit_axes(np.s_[2, 1, 1], shape)\n',
        'indexing_key_expand_implicit_axes(np.s_[0], shape)\n',
        'indexing_key_expand_implicit_axes(np.s_[0, ...], shape)  # equivalent\n',
        'indexing_key_expand_implicit_axes(np.s_[:2, None, 0, ...], shape)\n',
        'bool_array = np.array([[True, False, True, False],\n',
        'indexing_key_expand_implicit_axes(np.s_[bool_array, None, 0:2], shape)\n',
])
    run('mxnet.ndarray.ndarray.ones', [
        'mx.nd.ones(1).asnumpy()\n',
        'mx.nd.ones((1,2), mx.gpu(0))\n',
        "mx.nd.ones((1,2), dtype='float16').asnumpy()\n",
])
    run('mxnet.ndarray.ndarray.full', [
        'mx.nd.full(1, 2.0).asnumpy()\n',
        'mx.nd.full((1, 2), 2.0, mx.gpu(0))\n',
        "mx.nd.full((1, 2), 2.0, dtype='float16').asnumpy()\n",
])
    run('mxnet.ndarray.ndarray.moveaxis', [
        'X = mx.nd.array([[1, 2, 3], [4, 5, 6]])\n',
        'mx.nd.moveaxis(X, 0, 1).shape\n',
        'X = mx.nd.zeros((3, 4, 5))\n',
        'mx.nd.moveaxis(X, [0, 1], [-1, -2]).shape\n',
])
    run('mxnet.ndarray.ndarray.arange', [
        'mx.nd.arange(3).asnumpy()\n',
        'mx.nd.arange(2, 6).asnumpy()\n',
        'mx.nd.arange(2, 6, step=2).asnumpy()\n',
        'mx.nd.arange(2, 6, step=1.5, repeat=2).asnumpy()\n',
        "mx.nd.arange(2, 6, step=2, repeat=3, dtype='int32').asnumpy()\n",
])
    run('mxnet.ndarray.ndarray.linspace', [
        'mx.nd.linspace(2.0, 3.0, 5).asnumpy()\n',
        'mx.nd.linspace(2.0, 3.0, 5, endpoint=False).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.add', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x+2).asnumpy()\n',
        '(x+y).asnumpy()\n',
        'mx.nd.add(x,y).asnumpy()\n',
        '(z + y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.subtract', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x-2).asnumpy()\n',
        '(x-y).asnumpy()\n',
        'mx.nd.subtract(x,y).asnumpy()\n',
        '(z-y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.multiply', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x*2).asnumpy()\n',
        '(x*y).asnumpy()\n',
        'mx.nd.multiply(x, y).asnumpy()\n',
        '(z*y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.divide', [
        'x = mx.nd.ones((2,3))*6\n',
        'y = mx.nd.ones((2,1))*2\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'x/2\n',
        '(x/3).asnumpy()\n',
        '(x/y).asnumpy()\n',
        'mx.nd.divide(x,y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.modulo', [
        'x = mx.nd.ones((2,3))*6\n',
        'y = mx.nd.ones((2,1))*4\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'x%5\n',
        '(x%5).asnumpy()\n',
        '(x%y).asnumpy()\n',
        'mx.nd.modulo(x,y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.power', [
        'x = mx.nd.ones((2,3))*2\n',
        'y = mx.nd.arange(1,3).reshape((2,1))\n',
        'z = mx.nd.arange(1,3).reshape((2,1))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x**2).asnumpy()\n',
        '(x**y).asnumpy()\n',
        'mx.nd.power(x,y).asnumpy()\n',
        '(z**y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.maximum', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        'mx.nd.maximum(x, 2).asnumpy()\n',
        'mx.nd.maximum(x, y).asnumpy()\n',
        'mx.nd.maximum(y, z).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.minimum', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        'mx.nd.minimum(x, 2).asnumpy()\n',
        'mx.nd.minimum(x, y).asnumpy()\n',
        'mx.nd.minimum(z, y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.equal', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x == 1).asnumpy()\n',
        '(x == y).asnumpy()\n',
        'mx.nd.equal(x,y).asnumpy()\n',
        '(z == y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.not_equal', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(z == y).asnumpy()\n',
        '(x != 1).asnumpy()\n',
        '(x != y).asnumpy()\n',
        'mx.nd.not_equal(x, y).asnumpy()\n',
        '(z != y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.greater', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x > 1).asnumpy()\n',
        '(x > y).asnumpy()\n',
        'mx.nd.greater(x, y).asnumpy()\n',
        '(z > y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.greater_equal', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x >= 1).asnumpy()\n',
        '(x >= y).asnumpy()\n',
        'mx.nd.greater_equal(x, y).asnumpy()\n',
        '(z >= y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.lesser', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x < 1).asnumpy()\n',
        '(x < y).asnumpy()\n',
        'mx.nd.lesser(x, y).asnumpy()\n',
        '(z < y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.lesser_equal', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x <= 1).asnumpy()\n',
        '(x <= y).asnumpy()\n',
        'mx.nd.lesser_equal(x, y).asnumpy()\n',
        '(z <= y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.logical_and', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        'mx.nd.logical_and(x, 1).asnumpy()\n',
        'mx.nd.logical_and(x, y).asnumpy()\n',
        'mx.nd.logical_and(z, y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.logical_or', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        'mx.nd.logical_or(x, 1).asnumpy()\n',
        'mx.nd.logical_or(x, y).asnumpy()\n',
        'mx.nd.logical_or(z, y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.logical_xor', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(2).reshape((1,2))\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        'mx.nd.logical_xor(x, y).asnumpy()\n',
])
    run('mxnet.ndarray.ndarray.zeros', [
        'mx.nd.zeros(1).asnumpy()\n',
        'mx.nd.zeros((1,2), mx.gpu(0))\n',
        "mx.nd.zeros((1,2), mx.gpu(0), 'float16').asnumpy()\n",
])
    run('mxnet.ndarray.ndarray.eye', [
        'mx.nd.eye(2)\n',
        'mx.nd.eye(2, 3, 1)\n',
])
    run('mxnet.ndarray.ndarray.to_dlpack_for_read', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.to_dlpack_for_read(x)\n',
        'type(y)\n',
        'z = mx.nd.from_dlpack(y)\n',
        'z\n',
])
    run('mxnet.ndarray.ndarray.from_dlpack', [
        'x = mx.nd.ones((2,3))\n',
        'y = mx.nd.to_dlpack_for_read(x)\n',
        'type(y)\n',
        'z = mx.nd.from_dlpack(y)\n',
        'type(z)\n',
        'z\n',
        'type(w)\n',
        'x\n',
])
    run('mxnet.ndarray.utils.zeros', [
        "mx.nd.zeros((1,2), mx.cpu(), stype='csr')\n",
        "mx.nd.zeros((1,2), mx.cpu(), 'float16', stype='row_sparse').asnumpy()\n",
])
    run('mxnet.ndarray.utils.array', [
        'import numpy as np\n',
        'mx.nd.array([1, 2, 3])\n',
        'mx.nd.array([[1, 2], [3, 4]])\n',
        'mx.nd.array(np.zeros((3, 2)))\n',
        'mx.nd.array(np.zeros((3, 2)), mx.gpu(0))\n',
        "mx.nd.array(mx.nd.zeros((3, 2), stype='row_sparse'))\n",
])
    run('mxnet.ndarray.utils.save', [
        'x = mx.nd.zeros((2,3))\n',
        'y = mx.nd.ones((1,4))\n',
        "mx.nd.save('my_list', [x,y])\n",
        "mx.nd.save('my_dict', {'x':x, 'y':y})\n",
        "mx.nd.load('my_list')\n",
        "mx.nd.load('my_dict')\n",
])
    run('mxnet.ndarray.sparse.BaseSparseNDArray.astype', [
        "x = mx.nd.sparse.zeros('row_sparse', (2,3), dtype='float32')\n",
        "y = x.astype('int32')\n",
        'y.dtype\n',
])
    run('mxnet.ndarray.sparse.CSRNDArray', [
        'a = mx.nd.array([[0, 1, 0], [2, 0, 0], [0, 0, 0], [0, 0, 3]])\n',
        "a = a.tostype('csr')\n",
        'a.data.asnumpy()\n',
        'a.indices.asnumpy()\n',
        'a.indptr.asnumpy()\n',
])
    run('mxnet.ndarray.sparse.CSRNDArray.__getitem__', [
        'indptr = np.array([0, 2, 3, 6])\n',
        'indices = np.array([0, 2, 2, 0, 1, 2])\n',
        'data = np.array([1, 2, 3, 4, 5, 6])\n',
        'a = mx.nd.sparse.csr_matrix((data, indices, indptr), shape=(3, 3))\n',
        'a.asnumpy()\n',
        'a[1:2].asnumpy()\n',
        'a[1].asnumpy()\n',
        'a[-1].asnumpy()\n',
])
    run('mxnet.ndarray.sparse.CSRNDArray.__setitem__', [
        "src = mx.nd.sparse.zeros('csr', (3,3))\n",
        'src.asnumpy()\n',
        "x = mx.nd.ones((3,3)).tostype('csr')\n",
        'x[:] = src\n',
        'x.asnumpy()\n',
        'x[:] = mx.nd.ones((3,3)) * 2\n',
        'x.asnumpy()\n',
])
    run('mxnet.ndarray.sparse.CSRNDArray.asscipy', [
        "x = mx.nd.sparse.zeros('csr', (2,3))\n",
        'y = x.asscipy()\n',
        'type(y)\n',
        'y\n',
])
    run('mxnet.ndarray.sparse.RowSparseNDArray', [
        'dense.asnumpy()\n',
        "rsp = dense.tostype('row_sparse')\n",
        'rsp.indices.asnumpy()\n',
        'rsp.data.asnumpy()\n',
])
    run('mxnet.ndarray.sparse.RowSparseNDArray.__getitem__', [
        "x = mx.nd.sparse.zeros('row_sparse', (2, 3))\n",
        'x[:].asnumpy()\n',
])
    run('mxnet.ndarray.sparse.RowSparseNDArray.__setitem__', [
        'src = mx.nd.row_sparse([[1, 0, 2], [4, 5, 6]], [0, 2], (3,3))\n',
        'src.asnumpy()\n',
        "x = mx.nd.sparse.zeros('row_sparse', (3,3))\n",
        'x[:] = src\n',
        'x.asnumpy()\n',
        'x[:] = mx.nd.ones((3,3))\n',
        'x.asnumpy()\n',
])
    run('mxnet.ndarray.sparse.csr_matrix', [
        'a = mx.nd.sparse.csr_matrix(([1, 2, 3], [1, 0, 2], [0, 1, 2, 2, 3]), shape=(4, 3))\n',
        'a.asnumpy()\n',
])
    run('mxnet.ndarray.sparse.row_sparse_array', [
        'a = mx.nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [1, 4]), shape=(6, 2))\n',
        'a.asnumpy()\n',
])
    run('mxnet.ndarray.sparse.add', [
        "a = mx.nd.ones((2,3)).tostype('csr')\n",
        "b = mx.nd.ones((2,3)).tostype('csr')\n",
        'a.asnumpy()\n',
        'b.asnumpy()\n',
        '(a+b).asnumpy()\n',
        "c = mx.nd.ones((2,3)).tostype('row_sparse')\n",
        "d = mx.nd.ones((2,3)).tostype('row_sparse')\n",
        'c.asnumpy()\n',
        'd.asnumpy()\n',
        '(c+d).asnumpy()\n',
])
    run('mxnet.ndarray.sparse.subtract', [
        "a = mx.nd.ones((2,3)).tostype('csr')\n",
        "b = mx.nd.ones((2,3)).tostype('csr')\n",
        'a.asnumpy()\n',
        'b.asnumpy()\n',
        '(a-b).asnumpy()\n',
        "c = mx.nd.ones((2,3)).tostype('row_sparse')\n",
        "d = mx.nd.ones((2,3)).tostype('row_sparse')\n",
        'c.asnumpy()\n',
        'd.asnumpy()\n',
        '(c-d).asnumpy()\n',
])
    run('mxnet.ndarray.sparse.multiply', [
        "x = mx.nd.ones((2,3)).tostype('csr')\n",
        'y = mx.nd.arange(2).reshape((2,1))\n',
        'z = mx.nd.arange(3)\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        '(x*2).asnumpy()\n',
        '(x*y).asnumpy()\n',
        'mx.nd.sparse.multiply(x, y).asnumpy()\n',
        '(x*z).asnumpy()\n',
        'mx.nd.sparse.multiply(x, z).asnumpy()\n',
        'z = z.reshape((1, 3))\n',
        'z.asnumpy()\n',
        '(x*z).asnumpy()\n',
        'mx.nd.sparse.multiply(x, z).asnumpy()\n',
])
    run('mxnet.ndarray.sparse.divide', [
        "x = (mx.nd.ones((2,3))*6).tostype('csr')\n",
        'y = mx.nd.arange(2).reshape((2,1)) + 1\n',
        'z = mx.nd.arange(3) + 1\n',
        'x.asnumpy()\n',
        'y.asnumpy()\n',
        'z.asnumpy()\n',
        'x/2\n',
        '(x/3).asnumpy()\n',
        '(x/y).asnumpy()\n',
        'mx.nd.sparse.divide(x,y).asnumpy()\n',
        '(x/z).asnumpy()\n',
        'mx.nd.sprase.divide(x,z).asnumpy()\n',
        'z = z.reshape((1,3))\n',
        'z.asnumpy()\n',
        '(x/z).asnumpy()\n',
        'mx.nd.sparse.divide(x,z).asnumpy()\n',
])
    run('mxnet.ndarray.sparse.zeros', [
        "mx.nd.sparse.zeros('csr', (1,2))\n",
        "mx.nd.sparse.zeros('row_sparse', (1,2), ctx=mx.cpu(), dtype='float16').asnumpy()\n",
])
    run('mxnet.ndarray.sparse.array', [
        'import scipy.sparse as spsp\n',
        'csr = spsp.csr_matrix((2, 100))\n',
        'mx.nd.sparse.array(csr)\n',
        "mx.nd.sparse.array(mx.nd.sparse.zeros('csr', (3, 2)))\n",
        "mx.nd.sparse.array(mx.nd.sparse.zeros('row_sparse', (3, 2)))\n",
])
    run('mxnet.ndarray.contrib.boolean_mask', [
        'data = mx.nd.array([[1, 2, 3],[4, 5, 6],[7, 8, 9]])\n',
        'index = mx.nd.array([0, 1, 0])\n',
        'out = mx.nd.contrib.boolean_mask(data, index)\n',
        'out\n',
])
    run('mxnet.ndarray.contrib.rand_zipfian', [
        'true_cls = mx.nd.array([3])\n',
        'samples, exp_count_true, exp_count_sample = mx.nd.contrib.rand_zipfian(true_cls, 4, 5)\n',
        'samples\n',
        'exp_count_true\n',
        'exp_count_sample\n',
])
    run('mxnet.ndarray.contrib.foreach', [
        'step = lambda data, states: (data + states[0], [states[0] * 2])\n',
        'data = mx.nd.random.uniform(shape=(2, 10))\n',
        'states = [mx.nd.random.uniform(shape=(10))]\n',
        'outs, states = mx.nd.contrib.foreach(step, data, states)\n',
])
    run('mxnet.ndarray.contrib.while_loop', [
        'cond = lambda i, s: i <= 5\n',
        'func = lambda i, s: ([i + s], [i + 1, s + i])\n',
        'loop_vars = (mx.nd.array([0], dtype="int64"), mx.nd.array([1], dtype="int64"))\n',
        'outputs, states = mx.nd.contrib.while_loop(cond, func, loop_vars, max_iterations=10)\n',
        'states\n',
])
    run('mxnet.ndarray.contrib.cond', [
        'a, b = mx.nd.array([1]), mx.nd.array([2])\n',
        'pred = a * b < 5\n',
        'then_func = lambda: (a + 5) * (b + 5)\n',
        'else_func = lambda: (a - 5) * (b - 5)\n',
        'outputs = mx.nd.contrib.cond(pred, then_func, else_func)\n',
        'outputs[0]\n',
])
    run('mxnet.ndarray.contrib.isinf', [
        'data = mx.nd.array([np.inf, -np.inf, np.NINF, -1])\n',
        'output = mx.nd.contrib.isinf(data)\n',
        'output\n',
])
    run('mxnet.ndarray.contrib.isfinite', [
        'data = mx.nd.array([np.inf, -np.inf, np.NINF, -1])\n',
        'output = mx.nd.contrib.isfinite(data)\n',
        'output\n',
])
    run('mxnet.ndarray.contrib.isnan', [
        'data = mx.nd.array([np.nan, -1])\n',
        'output = mx.nd.contrib.isnan(data)\n',
        'output\n',
])
finally:
    os.chdir(_here)
    shutil.rmtree(_tmp, ignore_errors=True)
