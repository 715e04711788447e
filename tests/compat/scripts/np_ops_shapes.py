"""mx.np shape and selection functions where MXNet 1.9.1 has its own rules: reshape's order, repeated transpose
axes, split bounds, hsplit's unequal sections, delete's index types, pad_width forms, where's, clip's and einsum's
operands."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
x = np.arange(24).reshape(2, 3, 4)
v = np.array([3., 1., 2., 3., 1.])
i = np.arange(6, dtype='int32').reshape(2, 3)
b = np.array([True, False, True])
for e in ["x.reshape((4, 6), order='F')", "x.reshape(4, 6, order='C').shape", "np.reshape(x, (4, 6), order='F').shape",
          "np.transpose(x, (0, 0, 1))", "np.transpose(x, (2, 0, 1)).shape", "np.split(v, [1, 10])", "np.split(v, [1, 5])",
          "np.array_split(v, [2, 7])", "np.delete(v, [0, 1])", "np.delete(v, np.array([0, 1]))", "np.delete(v, 1)",
          "np.pad(v, (1, 2))", "np.pad(v, 1)", "np.pad(v, ((1, 2),))", "np.pad(i, (1, 2))", "np.pad(i, 1)",
          "np.pad(i, ((1, 0), (0, 1)))", "np.where(b, i, v[:3])", "np.where(b, i.astype('int64'), i)",
          "np.where(b, v[:3], i.astype('float64'))", "np.where(b, i, 7)", "np.clip(v, np.array([1., 1., 1., 1., 1.]), 2)",
          "np.clip(v, 1, np.array(2.))", "np.hsplit(x, 2)[0].shape", "np.hsplit(x, 3)[0].shape", "np.hsplit(v, 2)",
          "np.squeeze(np.ones(()), axis=0)", "np.squeeze(np.ones(()), axis=-1)", "np.squeeze(np.ones(()), axis=1)",
          "np.squeeze(np.ones(()), axis=(0, -1))", "np.squeeze(np.ones((1, 1)), axis=(0, -2))",
          "np.einsum(v, [0], v, [0])", "np.einsum('ij,jk', i, i.T)", "np.einsum('ij,jk', i.astype('float32'), i.T)",
          "x[1:0]", "x[1:1].shape", "x[2:1]", "x[5:].shape", "x[:, 2:1].shape", "x[0, 2:1].shape", "x[1:0:-1].shape",
          "x[-1:-2]", "v[4:2]", "v[4:2:-1]"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, '!!', type(ex).__name__)
