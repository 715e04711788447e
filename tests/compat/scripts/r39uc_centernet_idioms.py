"""CenterNet-style tensor idioms (dunder comparisons, in-place ops with scalars, gather_nd, float-array indexing, heatmap NMS and top-k decoding) give what MXNet gives."""
# recorded on AVX2
import mxnet as mx, numpy as np
from mxnet import nd
mx.random.seed(37); np.random.seed(37)
def tryit(lbl, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray): r = (r.shape, r.dtype.__name__, r.asnumpy().round(5).tolist())
        print(lbl, 'ok', r)
    except Exception as e: print(lbl, type(e).__name__, '|', str(e).split('\n')[0][:250])
gt = nd.array([[[[1, 0.5], [0.2, 1]]]]); pred = nd.array([[[[0.9, 0.3], [0.1, 0.6]]]])
def neg_loss(pred, gt):
    pos = gt.__eq__(1).astype('float32'); neg = gt.__lt__(1).astype('float32')
    nw = nd.power(1 - gt, 4)
    pl = (nd.log(pred) * nd.power(1 - pred, 2) * pos).sum()
    nl = (nd.log(1 - pred) * nd.power(pred, 2) * nw * neg).sum()
    num = pos.sum()
    loss = 0
    if num == 0: loss = loss - nl
    else: loss = loss - (pl + nl) / num
    return loss
tryit('negloss', lambda: neg_loss(pred, gt))
tryit('negloss0', lambda: neg_loss(pred, gt * 0.5))
def inplace():
    a = nd.array([2., 4.]); n = nd.array([2.]); a /= n; return a
tryit('inplace div bcast', inplace)
def inplace2():
    a = nd.array([2., 4.]); a -= 1; a *= nd.array([3., 3.]); a += a; return a
tryit('inplace misc', inplace2)
def inplace3():
    a = 0; a -= nd.array([1., 2.]); return a
tryit('int isub nd', inplace3)
feat = nd.arange(24).reshape((2, 6, 2)); ind = nd.array([[0, 3, 5], [1, 1, 2]])
def gather(feat, ind):
    dim = feat.shape[2]
    i = ind.expand_dims(2).broadcast_to((ind.shape[0], ind.shape[1], dim))
    return nd.gather_nd(feat, nd.stack(i, i, axis=0))
tryit('gather_nd stacked', lambda: gather(feat, ind))
bi = nd.stack(nd.array([[0, 0, 0], [1, 1, 1]]), ind).astype('int32')
tryit('gather_nd batch', lambda: nd.gather_nd(feat, bi))
tryit('scatter_nd', lambda: nd.scatter_nd(nd.array([1., 2.]), nd.array([[0, 1], [1, 0]]), shape=(2, 2)))
tryit('float mask index', lambda: feat[nd.array([1, 0])])
tryit('bool-ish mask idx', lambda: feat[nd.array([[1, 0, 1, 0, 1, 0], [0] * 6])])
tryit('nd ne list', lambda: nd.array([1, 2]) != [])
tryit('nd eq list', lambda: nd.array([1, 2]) == [1, 2])
tryit('nd ne tuple', lambda: nd.array([1, 2]) != (1, 3))
tryit('nd lt np', lambda: nd.array([1, 2]) < np.array([2, 2]))
tryit('if idx != []', lambda: 'yes' if (nd.array([1]) != []) else 'no')
tryit('sym op on nd', lambda: mx.symbol.clip(data=nd.ones(2), a_min=0, a_max=1))
tryit('sym smooth_l1 nd', lambda: mx.symbol.smooth_l1(nd.ones(2)))
tryit('sigmoid_', lambda: nd.ones(2).sigmoid_())
tryit('sigmoid method', lambda: nd.ones(2).sigmoid())
tryit('broadcast_like', lambda: nd.array([[1], [2]]).broadcast_like(nd.ones((2, 3))))
tryit('broadcast_like axes', lambda: nd.array([[1, 2]]).broadcast_like(nd.ones((3, 4)), lhs_axes=(0,), rhs_axes=(0,)))
tryit('swapaxes kw', lambda: nd.ones((2, 3)).swapaxes(dim1=0, dim2=1).shape)
tryit('softmax_ce', lambda: nd.softmax_cross_entropy(nd.array([[1, 2], [3, 1]]), nd.array([1, 0])))
tryit('tostype 1d', lambda: nd.array([0, 1, 0, 2]).tostype('csr'))
tryit('tostype rsp', lambda: nd.array([[0, 0], [1, 2]]).tostype('row_sparse').indices)
tryit('csr indices', lambda: nd.array([[0, 1, 0, 2]]).tostype('csr').indices)
tryit('pick axis0', lambda: nd.pick(nd.arange(6).reshape((3, 2)), nd.array([2, 0]), axis=0))
tryit('pick keepdims', lambda: nd.pick(nd.arange(6).reshape((3, 2)), nd.array([1, 0, 1]), axis=1, keepdims=True))
tryit('pick wrap', lambda: nd.pick(nd.arange(6).reshape((3, 2)), nd.array([3, -1, 1]), axis=1, mode='wrap'))
tryit('topk decode', lambda: nd.topk(nd.array([[0.1, 0.9, 0.5, 0.7]]), k=2, ret_typ='both', is_ascend=False))
tryit('topk mask', lambda: nd.topk(nd.array([[0.1, 0.9, 0.5, 0.7]]), k=2, ret_typ='mask'))
hm = nd.array([[[[0.1, 0.8, 0.2], [0.3, 0.9, 0.1], [0.05, 0.2, 0.7]]]])
def nms(h, k=3):
    hmax = nd.Pooling(h, kernel=(k, k), stride=(1, 1), pad=((k - 1) // 2, (k - 1) // 2), pool_type='max')
    keep = (hmax == h).astype('float32')
    return h * keep
tryit('heat nms', lambda: nms(hm))
def topk_dec(scores, K=2):
    b, c, h, w = scores.shape
    s, inds = nd.topk(scores.reshape((b, c, -1)), k=K, ret_typ='both')
    ys = (inds / w).astype('int32').astype('float32'); xs = (inds % w).astype('int32').astype('float32')
    return s, inds, ys, xs, nd.floor(inds / w), nd.broadcast_mod(inds, nd.array([w]))
tryit('topk decode2', lambda: [x.asnumpy().tolist() for x in topk_dec(nms(hm))])
tryit('clip method', lambda: nd.array([-1, 0.5, 2]).clip(1e-4, 1 - 1e-4))
tryit('flip', lambda: nd.flip(nd.arange(4).reshape((1, 1, 2, 2)), axis=3))
tryit('reverse', lambda: nd.reverse(nd.arange(4).reshape((2, 2)), axis=0))
