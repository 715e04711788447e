"""test_utils argument checks (bare asserts, collapse_sum_like, scipy-less csr) and operators refusing a multi-output input."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, f):
    try:
        out = f()
        print(label, 'returned', out if not isinstance(out, np.ndarray) else (out.shape, str(out.dtype), out.tolist()))
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith('Traceback') and not l.startswith('  File')]
        text = lines[0].replace('MXNetError: ', '') if lines else ''
        print(label, type(e).__name__, text[text.find('Check failed'):] if 'Check failed' in text else text)


a = np.arange(6, dtype='float32').reshape(2, 3)
for like in [(1, 3), (3,), (2, 1), (), (2, 3), (4,), (2, 2), (1, 2, 3), (0,), (0, 3)]:
    attempt('collapse_sum_like %s' % (like,), lambda: tu.collapse_sum_like(a, like))
attempt('collapse_sum_like int32', lambda: tu.collapse_sum_like(np.ones((2, 3), 'int32'), (1, 3)))
attempt('collapse_sum_like empty', lambda: tu.collapse_sum_like(np.ones((0, 3)), (1, 3)))

x = mx.sym.var('x')
for og in [np.ones(2), mx.nd.ones(2), 3]:
    attempt('out_grads %s' % type(og).__name__, lambda: tu.check_symbolic_backward(x * 2, {'x': np.ones(2)}, og, [np.full(2, 2.0)]))
for shape in [(3, 4, 2), (5,), ()]:
    attempt('csr shape %s' % (shape,), lambda: tu.rand_ndarray(shape, 'csr'))
attempt('csr data_init', lambda: tu.rand_sparse_ndarray((3, 4), 'csr', density=1.0, data_init=2.0))
attempt('csr shuffle', lambda: tu.rand_ndarray((3, 4), 'csr', shuffle_csr_indices=True))
attempt('rsp too many rows', lambda: tu.rand_sparse_ndarray((3, 2), 'row_sparse', rsp_indices=np.arange(4)))
attempt('zd too many rows', lambda: tu.create_sparse_array_zd((3, 2), 'row_sparse', 0.5, rsp_indices=[0, 1, 2, 3]))
attempt('compute capability cpu', lambda: tu.get_cuda_compute_capability(mx.cpu()))
attempt('compute capability gpu', lambda: tu.get_cuda_compute_capability(mx.gpu(1)))

g = mx.sym.Group([mx.sym.var('a') * 2, mx.sym.var('b') + 1])
p = mx.sym.var('p')
calls = [('g * p', lambda: g * p), ('p * g', lambda: p * g), ('g + 1', lambda: g + 1), ('g ** p', lambda: g ** p),
         ('g > p', lambda: g > p), ('exp', lambda: mx.sym.exp(g)), ('sum', lambda: mx.sym.sum(g)),
         ('dot', lambda: mx.sym.dot(p, g)), ('elemwise_add g g', lambda: mx.sym.elemwise_add(g, g)),
         ('FullyConnected w b', lambda: mx.sym.FullyConnected(p, g, g, num_hidden=2)),
         ('FullyConnected kw', lambda: mx.sym.FullyConnected(data=p, weight=g, num_hidden=2)),
         ('BatchNorm beta', lambda: mx.sym.BatchNorm(p, p, g)), ('where', lambda: mx.sym.where(p, p, g)),
         ('slice_like', lambda: mx.sym.slice_like(p, g)), ('Embedding', lambda: mx.sym.Embedding(g, p, input_dim=2, output_dim=2)),
         ('concat', lambda: mx.sym.concat(p, g)), ('add_n', lambda: mx.sym.add_n(g, p)), ('stack', lambda: mx.sym.stack(p, g)),
         ('Concat num_args', lambda: mx.sym.Concat(g, p, num_args=2)), ('split', lambda: mx.sym.split(g, num_outputs=2)),
         ('np add', lambda: mx.sym.np.add(g.as_np_ndarray(), p.as_np_ndarray())),
         ('one output', lambda: (g[1] * p).list_arguments())]
for label, f in calls:
    attempt(label, f)
attempt('numeric gradient of a group', lambda: tu.check_numeric_gradient(mx.sym.Group([p * 2, mx.sym.exp(p)]), {'p': np.ones(2)}))
