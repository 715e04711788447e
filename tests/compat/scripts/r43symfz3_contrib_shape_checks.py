"""Contrib ops' shape inference: box_decode's and RROIAlign's checks at their own source lines (imperative too), SparseEmbedding keeping unknown data sizes in its output, and the detection ops over partly unknown shapes, as MXNet does."""
import re

import mxnet as mx

def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:300])
d = mx.sym.Variable('data'); e = mx.sym.Variable('e'); f = mx.sym.Variable('f')
cases = [
 ('box_nms', lambda: mx.sym.contrib.box_nms(d), [(2,5,6), (0,5,6), (2,0,6), (2,5,0), (5,6), (6,)]),
 ('box_iou', lambda: mx.sym.contrib.box_iou(d, e), [dict(data=(3,4), e=(5,4)), dict(data=(0,4), e=(5,4)), dict(data=(3,4), e=(5,0)), dict(data=(3,3), e=(5,4))]),
 ('bipartite', lambda: mx.sym.contrib.bipartite_matching(d, threshold=0.5), [(3,4), (0,4), (2,3,0)]),
 ('multibox_prior', lambda: mx.sym.contrib.MultiBoxPrior(d, sizes=(0.5,), ratios=(1,2)), [(1,3,4,4), (1,3,0,4), (0,3,4,4), (1,3,4)]),
 ('multibox_target', lambda: mx.sym.contrib.MultiBoxTarget(d, e, f), [dict(data=(1,8,4), e=(1,3,5), f=(1,2,8)), dict(data=(1,0,4), e=(1,3,5), f=(1,2,8)), dict(data=(1,8,4), e=(1,3,5), f=(1,2,0))]),
 ('multibox_det', lambda: mx.sym.contrib.MultiBoxDetection(d, e, f), [dict(data=(1,2,8), e=(1,32), f=(1,8,4)), dict(data=(1,2,0), e=(1,32), f=(1,8,4)), dict(data=(1,2,8), e=(1,0), f=(1,8,4))]),
 ('roialign', lambda: mx.sym.contrib.ROIAlign(d, e, pooled_size=(2,2), spatial_scale=1.0), [dict(data=(1,2,0,8), e=(3,5)), dict(data=(1,2,8,8), e=(0,5)), dict(data=(1,2,8,8), e=(3,0))]),
 ('rroialign', lambda: mx.sym.contrib.RROIAlign(d, e, pooled_size=(2,2), spatial_scale=1.0), [dict(data=(1,2,8,8), e=(3,6)), dict(data=(1,2,8,8), e=(3,5)), dict(data=(1,2,0,8), e=(3,6))]),
 ('proposal', lambda: mx.sym.contrib.Proposal(d, e, f, rpn_pre_nms_top_n=10, rpn_post_nms_top_n=5), [dict(data=(1,18,4,4), e=(1,36,4,4), f=(1,3)), dict(data=(1,18,0,4), e=(1,36,4,4), f=(1,3)), dict(data=(1,18,4,4), e=(1,36,4,5), f=(1,3))]),
 ('box_encode', lambda: mx.sym.contrib.box_encode(d, e, f, mx.sym.Variable('g'), mx.sym.Variable('h'), mx.sym.Variable('i')), [dict(data=(1,3), e=(1,3), f=(1,3,4), g=(1,2,4), h=(4,), i=(4,))]),
 ('box_decode', lambda: mx.sym.contrib.box_decode(d, e), [dict(data=(1,3,4), e=(1,3,4)), dict(data=(1,0,4), e=(1,3,4)), dict(data=(1,3,4), e=(1,3,5))]),
 ('index_array', lambda: mx.sym.contrib.index_array(d, axes=(1,)), [(2,3), (2,0), (0,3)]),
 ('boolean_mask', lambda: mx.sym.contrib.boolean_mask(d, e), [dict(data=(3,2), e=(3,)), dict(data=(3,2), e=(4,))]),
 ('dgl_adj', lambda: mx.sym.contrib.getnnz(d), [(3,3)]),
 ('hawkesll', lambda: mx.sym.contrib.hawkesll(d, e, f, mx.sym.Variable('g'), mx.sym.Variable('h'), mx.sym.Variable('i'), mx.sym.Variable('j'), mx.sym.Variable('k')), [dict(data=(2,3), e=(3,), f=(3,), g=(2,3), h=(2,4), i=(2,4), j=(2,), k=(2,))]),
 ('gradientmultiplier', lambda: mx.sym.contrib.gradientmultiplier(d, scalar=2.0), [(2,0)]),
 ('allclose', lambda: mx.sym.contrib.allclose(d, e), [dict(data=(2,3), e=(2,3)), dict(data=(2,3), e=(3,2))]),
 ('intgemm', lambda: mx.sym.contrib.intgemm_maxabsolute(d), [(2,3)]),
 ('SparseEmbedding', lambda: mx.sym.contrib.SparseEmbedding(d, input_dim=5, output_dim=3, name='se'), [(2,3), (0,3)]),
 ('calibrate', lambda: mx.sym.contrib.calibrate_entropy(d, e), [dict(data=(8,), e=(9,))]),
]
for name, mk, kws in cases:
    try:
        s = mk()
    except Exception as ex:
        print(name, 'MKEXC', type(ex).__name__, str(ex)[:300]); continue
    for kw in kws:
        if not isinstance(kw, dict): kw = {'data': kw}
        T(f'{name} {kw}', lambda: s.infer_shape_partial(**kw))
        T(f'{name} {kw} full', lambda: s.infer_shape(**kw))
T('rroi nd', lambda: mx.nd.contrib.RROIAlign(mx.nd.ones((1,2,8,8)), mx.nd.ones((3,5)), pooled_size=(2,2), spatial_scale=1.0))
T('box_decode nd', lambda: mx.nd.contrib.box_decode(mx.nd.ones((1,3,4)), mx.nd.ones((1,3,5))))
T('box_decode nd2', lambda: mx.nd.contrib.box_decode(mx.nd.ones((1,3,5)), mx.nd.ones((1,3,4))))
T('box_decode nd3', lambda: mx.nd.contrib.box_decode(mx.nd.ones((1,3,4)), mx.nd.ones((3,4))))

T('box_decode sym3', lambda: mx.sym.contrib.box_decode(d, e).infer_shape(data=(1,3,4), e=(3,4)))
T('box_decode sym4', lambda: mx.sym.contrib.box_decode(d, e).infer_shape(data=(1,3,4), e=(1,3,4,4)))
T('se nd', lambda: mx.sym.contrib.SparseEmbedding(d, input_dim=5, output_dim=3, name='se').infer_shape_partial(data=(0,3)))
T('emb', lambda: mx.sym.Embedding(d, input_dim=5, output_dim=3, name='se').infer_shape_partial(data=(0,3)))
T('se2', lambda: mx.sym.contrib.SparseEmbedding(d, input_dim=5, output_dim=3, name='se').infer_shape_partial(data=(2,0)))
T('se3', lambda: mx.sym.contrib.SparseEmbedding(d, input_dim=5, output_dim=3, name='se').infer_shape_partial(se_weight=(5,3)))
