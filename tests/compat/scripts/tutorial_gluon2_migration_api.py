import os, tempfile
import numpy as onp
import mxnet as mx
mx.random.seed(10)

def probe(name, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            print(name, type(r).__name__, [(type(e).__name__, getattr(e, 'shape', e)) for e in r])
        elif hasattr(r, 'asnumpy'):
            print(name, type(r).__name__, r.shape, r.dtype, onp.round(r.asnumpy().astype('float64'), 4).ravel()[:8].tolist())
        else:
            print(name, type(r).__name__, r)
    except Exception as e:
        print(name, 'raises', type(e).__name__)

nd_array = mx.nd.ones((5, 3))
probe('mx.ones', lambda: mx.ones((5, 3)))
np_array = nd_array.as_np_ndarray()
probe('as_np_ndarray', lambda: np_array)
for attr in ['asscalar', 'item', 'as_in_context', 'as_in_ctx', 'context', 'ctx', 'reshape_like', 'zeros_like', 'ones_like', 'tostype', 'stype', 'T', 'size', 'ndim', 'grad', 'attach_grad', 'detach', 'asnumpy', 'wait_to_read', 'copyto', 'astype', 'to_dlpack_for_read', 'broadcast_to', 'expand_dims', 'flatten', 'squeeze', 'clip', 'argmax', 'argmin', 'softmax', 'log_softmax', 'split', 'slice', 'take', 'one_hot', 'pick', 'sort', 'topk', 'tile', 'repeat', 'pad', 'swapaxes', 'transpose', 'round', 'rint', 'fix', 'floor', 'ceil', 'trunc', 'sin', 'exp', 'log', 'sqrt', 'square', 'abs', 'sign', 'norm', 'nansum', 'prod', 'sum', 'mean', 'max', 'min', 'dot', 'flip', 'diag', 'shape_array', 'size_array', 'tolist', 'nonzero', 'cumsum', 'std', 'var', 'all', 'any', 'fill', 'itemset', 'ravel', 'nbytes', 'itemsize', 'dtype', 'handle', 'writable']:
    print('%-20s nd:%s np:%s' % (attr, hasattr(nd_array, attr), hasattr(np_array, attr)))
a = mx.np.array([[1., 2.], [3., 4.]])
probe('item', lambda: a[0, 1].item())
probe('as_in_ctx', lambda: a.as_in_ctx(mx.cpu(1)).ctx)
probe('reshape(b.shape)', lambda: a.reshape(mx.np.ones((4,)).shape))
probe('np.zeros_like', lambda: mx.np.zeros_like(a))
probe('np.ones_like', lambda: mx.np.ones_like(a))
probe('np.reshape -2', lambda: mx.np.reshape(a, (-2, -1)))
probe('npx.reshape -2', lambda: mx.npx.reshape(a, (-2, -1)))
probe('npx.reshape -4', lambda: mx.npx.reshape(mx.np.ones((2, 3, 4)), (-4,)))
probe('npx.reshape -5', lambda: mx.npx.reshape(mx.np.ones((2, 3, 4)), (-5, -4)))
probe('npx.reshape -6', lambda: mx.npx.reshape(mx.np.ones((6, 4)), (-6, 2, 3, -4)))
probe('npx.reshape -3', lambda: mx.npx.reshape(mx.np.ones((1, 3, 4)), (-3, -4)))
probe('npx.reshape rev', lambda: mx.npx.reshape(mx.np.ones((6, 4)), (-1, 2), reverse=True))
probe('nd.reshape -4', lambda: mx.nd.ones((6, 4)).reshape((-4, 2, 3, -2)))
probe('nd.reshape -3', lambda: mx.nd.ones((2, 3, 4)).reshape((-3, -2)))
probe('nd.reshape rev', lambda: mx.nd.ones((6, 4)).reshape((-1, 0), reverse=True))
x = mx.np.random.uniform(size=(2, 3, 4))
xn = x.as_nd_ndarray()
probe('nd.flatten', lambda: mx.nd.flatten(xn))
probe('npx.batch_flatten', lambda: mx.npx.batch_flatten(x))
probe('nd.concat', lambda: mx.nd.concat(xn, xn, xn))
probe('np.concatenate', lambda: mx.np.concatenate([x, x, x]))
probe('nd.stack', lambda: mx.nd.stack(xn, xn))
probe('np.stack', lambda: mx.np.stack([x, x]))
probe('nd.SliceChannel', lambda: mx.nd.SliceChannel(xn, num_outputs=2, axis=2))
probe('npx.slice_channel', lambda: mx.npx.slice_channel(x, num_outputs=2, axis=2))
w = mx.np.ones((5, 4)); b = mx.np.zeros((5,))
probe('nd.FullyConnected', lambda: mx.nd.FullyConnected(xn, w.as_nd_ndarray(), b.as_nd_ndarray(), num_hidden=5, flatten=False))
probe('npx.fully_connected', lambda: mx.npx.fully_connected(x, w, b, num_hidden=5, flatten=False))
probe('nd.Activation', lambda: mx.nd.Activation(xn - 0.5, act_type='relu'))
probe('npx.activation', lambda: mx.npx.activation(x - 0.5, act_type='relu'))
probe('nd.elemwise_mul', lambda: mx.nd.elemwise_mul(xn, xn))
probe('np.multiply', lambda: mx.np.multiply(x, x))
probe('nd.mean exclude', lambda: mx.nd.mean(xn, axis=1, exclude=1))
axes = list(range(x.ndim)); del axes[1]
probe('np.mean axes list', lambda: mx.np.mean(x, axis=axes))
probe('np.mean axes tuple', lambda: mx.np.mean(x, axis=tuple(axes)))
probe('random.uniform', lambda: mx.random.uniform(-1.0, 1.0, shape=(2, 3)))
probe('nd.random.uniform', lambda: mx.nd.random.uniform(-1.0, 1.0, shape=(2, 3)))
probe('np.random.uniform', lambda: mx.np.random.uniform(-1.0, 1.0, size=(2, 3)))
probe('nd.random.multinomial', lambda: mx.nd.random.multinomial(mx.nd.array([[0.1, 0.9], [0.8, 0.2]])))
probe('npx.random.categorical', lambda: mx.npx.random.categorical(mx.np.array([[0.1, 0.9]])))
probe('np.random.multinomial', lambda: mx.np.random.multinomial(3, [0.2, 0.8], size=2))
for nm in ['foreach', 'while_loop', 'cond']:
    print(nm, 'nd.contrib:', hasattr(mx.nd.contrib, nm), 'npx:', hasattr(mx.npx, nm))
for nm in ['savez', 'save', 'load', 'waitall', 'set_np', 'reset_np', 'is_np_array', 'seed', 'softmax', 'relu', 'sigmoid', 'batch_norm', 'convolution', 'pooling', 'dropout', 'embedding', 'topk', 'pick', 'one_hot', 'layer_norm', 'leaky_relu', 'rnn', 'gamma', 'arange_like', 'sequence_mask', 'smooth_l1', 'masked_softmax', 'batch_dot', 'broadcast_like', 'erf', 'index_add', 'index_update', 'nonzero', 'shape_array', 'slice', 'gather_nd', 'constraint_check', 'deconvolution', 'group_norm', 'instance_norm', 'cpu', 'gpu', 'current_context', 'num_gpus']:
    print('npx.%-16s %s' % (nm, hasattr(mx.npx, nm)))
d = tempfile.mkdtemp()
f = os.path.join(d, 'arrs')
probe('nd.save/load', lambda: (mx.nd.save(f, {'a': xn}), sorted(mx.nd.load(f).keys()))[1])
probe('npx.save/load', lambda: (mx.npx.save(f + '.npz', {'a': x}), sorted(mx.npx.load(f + '.npz').keys()))[1])
probe('npx.savez', lambda: mx.npx.savez(f + '2.npz', x, b=x))
probe('nd.waitall', lambda: mx.nd.waitall())
probe('npx.waitall', lambda: mx.npx.waitall())
# legacy NDArray (dense and sparse) and Symbol have no methods for these ops, mx.np.ndarray has as_in_ctx
s = mx.sym.var('x'); c = mx.nd.ones((2, 2)).tostype('csr'); r = mx.nd.ones((2, 2)).tostype('row_sparse')
for n in ['erf', 'erfinv', 'gamma', 'gammaln', 'negative', 'softsign', 'wait_to_write', 'as_in_ctx', 'relu', 'sigmoid']:
    print(n, hasattr(s, n), hasattr(mx.nd.ones(2), n), hasattr(c, n), hasattr(r, n), hasattr(mx.np.ones(2), n))
