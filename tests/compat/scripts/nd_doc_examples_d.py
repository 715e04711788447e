# Operator documentation examples: executor ones (BlockGrad, Dropout), dgl graph ops, seeded samplers, dlpack, creation, sparse embedding gradients, image ops
import mxnet as mx
import numpy as np
from mxnet import nd

from _show_calls import show

A = nd.array
# executor-based examples: BlockGrad, Dropout
v1, v2 = A([[1, 2]]), A([[0, 1]])
a, b = mx.sym.Variable('a'), mx.sym.Variable('b')
loss = mx.sym.MakeLoss(mx.sym.stop_gradient(3 * b) + a)
ex = loss.simple_bind(ctx=mx.cpu(), a=(1, 2), b=(1, 2))
ex.forward(is_train=True, a=v1, b=v2)
show('blockgrad_out', lambda: ex.outputs)
ex.backward()
show('blockgrad_grads', lambda: ex.grad_arrays)
mx.random.seed(998)
inp = A([[3., 0.5, -0.5, 2., 7.], [2., -0.4, 7., 3., 0.2]])
d = mx.sym.Dropout(mx.sym.Variable('a'), p=0.2)
ex = d.simple_bind(mx.cpu(), a=inp.shape)
show('dropout_test', lambda: ex.forward(is_train=False, a=inp))
show('dropout_train_shape', lambda: ex.forward(is_train=True, a=inp)[0].shape)
# dgl
shape = (5, 5)
data_np = np.arange(1, 21, dtype=np.int64)
indices_np = np.array([1, 2, 3, 4, 0, 2, 3, 4, 0, 1, 3, 4, 0, 1, 2, 4, 0, 1, 2, 3], dtype=np.int64)
indptr_np = np.array([0, 4, 8, 12, 16, 20], dtype=np.int64)
g = nd.sparse.csr_matrix((data_np, indices_np, indptr_np), shape=shape)
show('g', lambda: g.asnumpy())
seed = nd.array([0, 1, 2, 3, 4], dtype=np.int64)
mx.random.seed(42)
show('dgl_uniform_shapes', lambda: [o.shape for o in nd.contrib.dgl_csr_neighbor_uniform_sample(g, seed, num_args=2, num_hops=1, num_neighbor=2, max_num_vertices=5)])
show('dgl_uniform_v', lambda: nd.contrib.dgl_csr_neighbor_uniform_sample(g, seed, num_args=2, num_hops=1, num_neighbor=2, max_num_vertices=5)[0])
prob = nd.array([0.9, 0.8, 0.2, 0.4, 0.1], dtype=np.float32)
show('dgl_nonuniform_v', lambda: nd.contrib.dgl_csr_neighbor_non_uniform_sample(g, prob, seed, num_args=3, num_hops=1, num_neighbor=2, max_num_vertices=5)[0])
show('dgl_nonuniform_p', lambda: nd.contrib.dgl_csr_neighbor_non_uniform_sample(g, prob, seed, num_args=3, num_hops=1, num_neighbor=2, max_num_vertices=5)[2])
out = nd.contrib.dgl_csr_neighbor_uniform_sample(g, seed, num_args=2, num_hops=1, num_neighbor=2, max_num_vertices=6)
show('dgl_compact_shape', lambda: nd.contrib.dgl_graph_compact(out[1], out[0], graph_sizes=(int(out[0][-1].asnumpy()[0]),), return_mapping=False).shape)
x = nd.sparse.csr_matrix(A([[1, 0, 0, 2], [3, 0, 4, 0], [0, 5, 0, 0], [0, 6, 7, 0]]).astype('int64'))
show('dgl_subgraph', lambda: [o.asnumpy() for o in nd.contrib.dgl_subgraph(x, A([0, 1, 2], dtype='int64'), return_mapping=True)])
show('dgl_subgraph_nomap', lambda: nd.contrib.dgl_subgraph(x, A([0, 2], dtype='int64'), return_mapping=False).asnumpy())
show('edge_id_int', lambda: nd.contrib.edge_id(nd.sparse.csr_matrix(A([[1, 0, 0], [0, 2, 0], [0, 0, 3]])), A([0, 0, 1, 1, 2, 2]), A([0, 1, 1, 2, 0, 2])))
# zipfian, samplers (seeded)
mx.random.seed(1)
show('rand_zipfian', lambda: nd.contrib.rand_zipfian(A([3]), 4, 5))
mx.random.seed(2)
show('sample_uniform', lambda: nd.sample_uniform(A([0.0, 2.5]), A([1.0, 3.7]), shape=(2,)))
show('sample_normal', lambda: nd.sample_normal(A([0.0, 2.5]), A([1.0, 3.7])))
show('sample_multinomial', lambda: nd.sample_multinomial(A([[0, 0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1, 0]]), get_prob=True))
show('random_uniform', lambda: nd.random.uniform(-1, 1, shape=(2,)))
show('random_uniform_arr', lambda: nd.random.uniform(A([1, 2, 3]), A([2, 3, 4]), shape=2))
show('random_randint', lambda: nd.random.randint(0, 5, shape=(2, 2)))
show('random_randn', lambda: nd.random.randn(2, 2, loc=1, scale=2))
show('random_shuffle', lambda: nd.random.shuffle(nd.arange(6)))
show('random_normal_like', lambda: nd.random.normal_like(nd.zeros((2, 2)), loc=1))
show('random_multinomial', lambda: nd.random.multinomial(A([[0.2, 0.8], [0.5, 0.5]]), shape=3))
show('random_exponential', lambda: nd.random.exponential(A([1, 2, 3]), shape=2))
# dlpack
x = nd.ones((2, 3))
show('dlpack_read', lambda: nd.from_dlpack(nd.to_dlpack_for_read(x)))
w = nd.to_dlpack_for_write(x)
u = nd.from_dlpack(w)
u += 1
show('dlpack_write', lambda: x)
show('dlpack_type', lambda: type(nd.to_dlpack_for_read(x)).__name__)
# creation
show('empty', lambda: nd.empty(1).shape)
show('empty_csr', lambda: nd.empty((1, 2), stype='csr'))
show('array_ctx', lambda: nd.array([1, 2], ctx=mx.cpu(0)).context)
show('full_int', lambda: nd.full((2,), 7, dtype='int32'))
show('zeros_f16_rsp', lambda: nd.zeros((1, 2), mx.cpu(), 'float16', stype='row_sparse').asnumpy())
# sparse embedding gradient
w = nd.arange(20).reshape((4, 5))
w.attach_grad(stype='row_sparse')
with mx.autograd.record():
    y = nd.contrib.SparseEmbedding(A([[1., 3.], [1., 2.]]), w, input_dim=4, output_dim=5)
y.backward()
show('sparse_emb_grad', lambda: w.grad)
show('sparse_emb_grad_idx', lambda: w.grad.indices)
def emb_grad(stype):
    w2 = nd.arange(20).reshape((4, 5))
    w2.attach_grad(stype=stype)
    with mx.autograd.record():
        y = nd.Embedding(A([[1., 3.], [1., 2.]]), w2, input_dim=4, output_dim=5, sparse_grad=True)
    y.backward()
    return w2.grad


show('emb_sparse_grad_default', lambda: emb_grad('default'))
show('emb_sparse_grad_rsp', lambda: emb_grad('row_sparse'))
# ste gradients, image crop variants, normalize gradients
img = (nd.arange(2 * 4 * 2 * 3).reshape((2, 4, 2, 3)) * 7 % 255).astype('uint8')
show('img_crop_batch', lambda: nd.image.crop(img, 1, 1, 2, 2))
show('img_resize_batch', lambda: nd.image.resize(img, (2, 2)))
show('img_resize_interp', lambda: nd.image.resize(img[0].astype('float32'), (3, 5), interp=0))
x = nd.random.uniform(0, 1, (3, 2, 2))
x.attach_grad()
with mx.autograd.record():
    y = nd.image.normalize(x, mean=(0, 1, 2), std=(3, 2, 1))
y.backward()
show('normalize_grad', lambda: x.grad)
# misc doc funcs
show('moveaxis_bad', lambda: nd.moveaxis(nd.zeros((3, 4)), 0, 3))
show('concat_names', lambda: mx.sym.concat(mx.sym.var('x'), mx.sym.var('y'), dim=1).list_arguments())
show('Custom_missing', lambda: nd.Custom(nd.ones(2), op_type='no_such_op'))
show('fft_cpu', lambda: nd.contrib.fft(nd.ones((3, 4))))
show('ifft_cpu', lambda: nd.contrib.ifft(nd.ones((3, 8))))
show('count_sketch_cpu', lambda: nd.contrib.count_sketch(A([[1.2, 2.5, 3.4], [3.2, 5.7, 6.6]]), A([[0, 1, 3]]), A([[1, -1, 1]]), out_dim=5))
