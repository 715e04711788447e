"""x.dtype of mx.np arrays from every creation path (array of big-endian data, ops, astype, views, failed kernels, npx.load) is numpy's own dtype object."""
import mxnet as mx, numpy as onp, os, tempfile
mx.npx.set_np()
tmp = tempfile.TemporaryDirectory()
d = tmp.name
arrs = [mx.np.array([[1., 2.]]), mx.np.ones(2), mx.np.ones(2) + 1, mx.np.array([1, 2]), mx.np.zeros(2, dtype='int32'),
        mx.np.ones(2).astype('float16'), mx.np.array([True]), mx.np.array(onp.ones(2, '>f4')), mx.np.arange(3),
        mx.np.random.uniform(size=2), mx.np.empty(2, dtype='uint8'), mx.np.full(2, 3, dtype='int8'), mx.np.array([1, 2], dtype=onp.float64),
        mx.np.ones(2).as_nd_ndarray().as_np_ndarray(), mx.np.sqrt(mx.np.zeros(2, dtype='bool'))]
mx.npx.save(os.path.join(d, 'a.npz'), arrs[:7])
arrs += list(mx.npx.load(os.path.join(d, 'a.npz')))
for a in arrs:
    print(a.dtype, a.dtype is onp.dtype(a.dtype.name), repr(a.dtype), a.dtype.byteorder)
tmp.cleanup()
