"""mx.np shape, split, sort and predicate functions across their options, as MXNet 1.9.1 gives them."""
import mxnet as mx
from mxnet import np, npx
import numpy as onp
npx.set_np()
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r).replace('\n',''), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__)
x = np.arange(24).reshape(2, 3, 4); v = np.array([3., 1., 2., 3., 1.])
for s in ["np.unique(v, return_index=True)", "np.unique(v, return_inverse=True)", "np.unique(x % 3, axis=0).shape", "np.roll(x, (1, 2), axis=(0, 2)).shape",
          "np.roll(v, 7)", "np.flip(x, (0, 2))[0, 0]", "np.rot90(x, -1, axes=(1, 2)).shape", "np.rot90(x, 3).shape", "np.tril(x).shape", "np.tril(x, -1)[1]",
          "np.diag(np.arange(4).reshape(2, 2), -1)", "np.diag(v, 2).shape", "np.split(v, [2, 3])", "np.split(v, [3, 1])", "np.hsplit(v, 5)[0]",
          "np.array_split(v, 3)", "np.array_split(x, 2, axis=2)[1].shape", "np.split(x, 4, axis=-1)[0].shape", "np.vsplit(x, [1])[1].shape",
          "np.dsplit(x, 2)[0].shape", "np.atleast_2d(np.array(1.))", "np.stack([v, v], axis=-1).shape", "np.concatenate([v, v], axis=-1)",
          "np.concatenate([x, x], 2).shape", "np.column_stack([x[0], x[0]]).shape", "np.hstack([x, x]).shape", "np.vstack([v, v, v]).shape",
          "np.dstack([x, x]).shape", "np.append(v, np.array([9.]))", "np.tile(x, 2).shape", "np.tile(v, (2, 1, 2)).shape", "np.repeat(x, 2, axis=-1).shape",
          "np.moveaxis(x, [0, 1], [-1, -2]).shape", "np.swapaxes(x, -1, 0).shape", "np.transpose(x, (2, 0, 1)).shape", "np.expand_dims(v, (0, 2))",
          "np.squeeze(np.ones((1, 2, 1)), 2).shape", "np.broadcast_to(np.array(1.), (2, 2))", "np.broadcast_arrays(v, np.ones((2, 1)))[0].shape",
          "np.ravel(x, order='F')", "np.reshape(x, (-1, 4), order='F')", "np.where(v > 1)", "np.where(v > 1, v, np.array(0.))", "np.where(np.array([True, False]), 1., 2.)",
          "np.take(x, np.array([1]), axis=-1).shape", "np.take(x, np.array([[0, 1]]), axis=1).shape", "np.argsort(v, axis=None)", "np.argsort(-x, axis=0)[0, 0]",
          "np.sort(x, axis=1)[0, 0]", "np.searchsorted(np.array([1., 2., 3.]), np.array([[0., 2.5], [3., 4.]]))", "np.clip(v, np.array(1.5), 2.5)",
          "np.clip(v, 2.5, 1.5)", "np.clip(x, 3, None).min()", "np.around(np.array([1.5, 2.5, -2.5]))", "np.fix(np.array([-1.5, 1.5]))",
          "np.trunc(np.array([-1.7]))", "np.sign(np.array([-0., 0., -2.]))", "np.logical_not(np.array([0., 1.]))", "np.isnan(np.array([onp.nan]))",
          "np.isinf(np.array([onp.inf, -onp.inf]))", "np.isfinite(np.array([onp.nan, 1.]))", "np.isposinf(np.array([onp.inf]))", "np.signbit(np.array([-1.]))",
          "np.maximum(np.array([1., onp.nan]), np.array([onp.nan, 2.]))", "np.fmax" ]:
    t(s)
