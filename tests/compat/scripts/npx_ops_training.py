"""More mx.npx operators: dropout and batch_norm in training, rnn, deconvolution, pooling, detection, gradients."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()
def show(label, x):
    if isinstance(x, (list, tuple)):
        for i, v in enumerate(x): show(f"{label}[{i}]", v)
        return
    print(label, type(x).__name__, x.shape, onp.dtype(x.dtype).name, onp.round(x.asnumpy().astype('float64'), 4).ravel()[:8].tolist())
def attempt(label, fn):
    try: show(label, fn())
    except Exception as e: print(label, 'error', type(e).__name__)
rs = onp.random.RandomState(0)
x = np.array(rs.uniform(-1, 1, (2, 3, 4)), dtype='float32')
mx.random.seed(5)
with autograd.record():
    show('dropout_train', npx.dropout(x, p=0.5))
show('dropout_pred', npx.dropout(x, p=0.5))
g, b, m, v = np.ones((3,)), np.zeros((3,)), np.zeros((3,)), np.ones((3,))
with autograd.record():
    show('bn_train', npx.batch_norm(x, g, b, m, v, fix_gamma=False))
show('bn_moving', [m, v])
attempt('bn_mean_var', lambda: npx.batch_norm(x, g, b, m, v, output_mean_var=True))
data = np.array(rs.uniform(-1, 1, (3, 2, 4)), dtype='float32')
params = np.array(rs.uniform(-0.1, 0.1, (4 * 5 * (4 + 5 + 2),)), dtype='float32')
state = np.zeros((1, 2, 5)); cell = np.zeros((1, 2, 5))
attempt('rnn_lstm', lambda: npx.rnn(data, params, state, cell, state_size=5, num_layers=1, mode='lstm', state_outputs=True))
attempt('deconv', lambda: npx.deconvolution(np.ones((1, 1, 2, 2)), np.ones((1, 2, 2, 2)), kernel=(2, 2), num_filter=2))
attempt('roi_pool', lambda: npx.roi_pooling(np.array(onp.arange(16).reshape(1, 1, 4, 4), dtype='float32'), np.array([[0, 0, 0, 3, 3]], dtype='float32'), pooled_size=(2, 2), spatial_scale=1.0))
attempt('mbox_prior', lambda: npx.multibox_prior(np.ones((1, 3, 2, 2)), sizes=(0.5,), ratios=(1, 2)))
attempt('seqmask_axis1', lambda: npx.sequence_mask(np.ones((2, 3)), np.array([1, 2]), use_sequence_length=True, axis=1))
attempt('one_hot_int', lambda: npx.one_hot(np.array([0, 2]), 3, dtype='int32'))
attempt('topk_asc', lambda: npx.topk(x, k=2, axis=1, is_ascend=True, ret_typ='value'))
attempt('softmax_len', lambda: npx.softmax(np.array([[1., 2, 3], [1, 2, 3]]), np.array([2, 3]), use_length=True))
attempt('log_softmax_temp', lambda: npx.log_softmax(x, axis=1, temperature=0.5))
attempt('slice_step', lambda: npx.slice(x, begin=(None, None, 0), end=(None, None, None), step=(1, -1, 2)))
attempt('embedding_int', lambda: npx.embedding(np.array([[0, 1]], dtype='int32'), np.ones((2, 3)), input_dim=2, output_dim=3))
attempt('gammaln', lambda: npx.gammaln(np.array([[3.5]])))
attempt('erfinv', lambda: npx.erfinv(np.array([0.2, -0.7])))
attempt('leaky_gelu', lambda: npx.leaky_relu(x, act_type='gelu'))
attempt('pool_global', lambda: npx.pooling(x.reshape(1, 2, 3, 4), kernel=(1, 1), global_pool=True, pool_type='max'))
attempt('conv1d', lambda: npx.convolution(x, np.ones((2, 3, 2)), kernel=(2,), num_filter=2, no_bias=True))
attempt('arange_like_rep', lambda: npx.arange_like(x, start=0, step=1, repeat=2, axis=2))
attempt('batch_dot_t', lambda: npx.batch_dot(x, x, transpose_b=True))
attempt('reshape_like_part', lambda: npx.reshape_like(x, np.ones((6, 4)), lhs_begin=0, lhs_end=2, rhs_begin=0, rhs_end=1))
attempt('pick_keep', lambda: npx.pick(x, np.array([[0, 1, 2, 3], [3, 2, 1, 0]]), axis=1, keepdims=True))
w = np.ones((3, 2)); w.attach_grad()
with autograd.record():
    y = npx.embedding(np.array([0, 2, 2]), w, input_dim=3, output_dim=2)
y.backward()
show('emb_grad', w.grad)
