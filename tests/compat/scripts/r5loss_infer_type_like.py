# infer_type of loss graphs given one input's dtype: the output dtype of reshape_like / broadcast_like /
# slice_like (once their shape input's dtype is known), pick, take, batch_take and gather_nd is their data's,
# so a dtype found downstream reaches the data input too
import numpy as np
import mxnet as mx

a, b, c = mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('c')
L = mx.gluon.loss
for name, s in [("reshape_like_sub", mx.sym.reshape_like(b, a) - a), ("sub_reshape_like", a - b.reshape_like(a)),
                ("l2", L.L2Loss()(a, b)), ("l1", L.L1Loss()(a, b)), ("hinge", L.HingeLoss()(a, b)),
                ("huber", L.HuberLoss()(a, b)), ("logistic", L.LogisticLoss()(a, b)), ("bce", L.SigmoidBCELoss()(a, b)),
                ("poisson", L.PoissonNLLLoss()(a, b)), ("sce_dense", L.SoftmaxCELoss(sparse_label=False)(a, b))]:
    for kw in (dict(a=np.float64), dict(b=np.float64), dict(a=np.float16)):
        try:
            print(name, kw, s.infer_type(**kw), s.infer_type_partial(**kw))
        except Exception as e:
            print(name, kw, type(e).__name__)

for name, f in [("reshape_like", mx.sym.reshape_like), ("broadcast_like", mx.sym.broadcast_like),
                ("slice_like", mx.sym.slice_like), ("pick", mx.sym.pick), ("take", mx.sym.take),
                ("batch_take", mx.sym.batch_take), ("gather_nd", mx.sym.gather_nd)]:
    t = f(b, a) - c
    for kw in (dict(c=np.float64), dict(c=np.float64, a=np.int32), dict(b=np.float64), dict(a=np.int32)):
        try:
            print(name, kw, t.infer_type_partial(**kw))
        except Exception as e:
            print(name, kw, type(e).__name__)
