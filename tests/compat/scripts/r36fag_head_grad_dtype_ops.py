"""A head gradient of another dtype than the head: the words of each op's backward (typed by the head gradient, oneDNN's refusal, at once for roll/rot90/moveaxis/batch_dot, converted by reshape_like/cumsum/1-norm/squeeze/broadcast_to), through backward and grad."""
import re
import numpy as onp
import mxnet as mx
from mxnet import autograd as ag, nd, np, npx
from _words import words

A = onp.array([[1., 2, 0.5], [0.3, 1, 1], [0.2, 1, 2]])
LEGACY = {
    'topk': lambda a: nd.topk(a, k=2, ret_typ='value'), 'sort0': lambda a: nd.sort(a, axis=0),
    'slice_like': lambda a: nd.slice_like(a, a[:2]),
    'depth_to_space': lambda a: nd.depth_to_space(nd.tile(a.reshape((1, 1, 3, 3)), (1, 4, 1, 1)), 2),
    'space_to_depth': lambda a: nd.space_to_depth(a[:2, :2].reshape((1, 1, 2, 2)), 2),
    'batch_dot': lambda a: nd.batch_dot(a.reshape((1, 3, 3)), a.reshape((1, 3, 3))),
    'relu': lambda a: nd.Activation(a, act_type='relu'), 'softsign': lambda a: nd.Activation(a, act_type='softsign'),
    'leaky': nd.LeakyReLU, 'selu': lambda a: nd.LeakyReLU(a, act_type='selu'),
    'fc': lambda a: nd.FullyConnected(a, a, num_hidden=3, no_bias=True),
    'pool_max': lambda a: nd.Pooling(a.reshape((1, 1, 3, 3)), kernel=(2, 2)),
    'pool_sum': lambda a: nd.Pooling(a.reshape((1, 1, 3, 3)), kernel=(2, 2), pool_type='sum'),
    'conv': lambda a: nd.Convolution(a.reshape((1, 1, 3, 3)), a[:2, :2].reshape((1, 1, 2, 2)), kernel=(2, 2),
                                     num_filter=1, no_bias=True),
    'reshape_like': lambda a: nd.reshape_like(a, a.T), 'cumsum': lambda a: nd.cumsum(a),
    'norm1': lambda a: nd.norm(a, ord=1), 'norm2': nd.norm,
}
NUMPY = {
    'sort': np.sort, 'where': lambda a: np.where(a > 1, a, a * 2), 'gather': lambda a: a[np.array([0, 0])],
    'matmul': lambda a: np.matmul(a, a), 'at': lambda a: a @ a, 'hstack': lambda a: np.hstack([a, a]),
    'vstack': lambda a: np.vstack([a, a]), 'topk': lambda a: npx.topk(a, k=2, ret_typ='value'),
    'norm': np.linalg.norm, 'norm_fro': lambda a: np.linalg.norm(a, 'fro'), 'norm_2': lambda a: np.linalg.norm(a, 2),
    'norm_nuc': lambda a: np.linalg.norm(a, 'nuc'), 'norm_vec1': lambda a: np.linalg.norm(a[0], 1),
    'norm_vec': lambda a: np.linalg.norm(a[0]), 'polyval': lambda a: np.polyval(a[0], a[1]),
    'nan_to_num': np.nan_to_num, 'roll': lambda a: np.roll(a, 1), 'rot90': np.rot90,
    'moveaxis': lambda a: np.moveaxis(a, 0, 1), 'squeeze': lambda a: np.squeeze(a[:1]),
    'broadcast_to': lambda a: np.broadcast_to(a, (2, 3, 3)), 'relu': npx.relu,
    'activation': lambda a: npx.activation(a, act_type='tanh'),
}


def run(kind, ops, mod):
    for name, fn in ops.items():
        for hd, gd in [('float64', 'float32'), ('float32', 'float64'), ('float32', 'float16')]:
            for how in ['backward', 'grad']:
                a = mod.array(A, dtype=hd)
                a.attach_grad()
                with ag.record():
                    y = fn(a)
                hg = mod.ones(y.shape, dtype=gd)
                try:
                    if how == 'backward':
                        y.backward(hg)
                        got = a.grad.asnumpy().round(3).ravel()[:4].tolist()
                    else:
                        got = ag.grad(y, [a], head_grads=hg)[0].asnumpy().round(3).ravel()[:4].tolist()
                except Exception as e:
                    got = re.sub(r'node_\d+', 'node_N', words(e))
                print(kind, name, hd, '<-', gd, how, got)


run('nd', LEGACY, nd)
npx.set_np()
run('np', NUMPY, np)
