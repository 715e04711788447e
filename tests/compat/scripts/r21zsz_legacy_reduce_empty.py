"""Legacy sum/mean/prod/nansum/nanprod/norm over zero-size axes under NumPy shapes: results, or kernel checks when read."""
import mxnet as mx
from mxnet import nd
from _words import words

mx.util.set_np_shape(True)
for op in ["sum", "mean", "prod", "nansum", "nanprod"]:
    for shape, attrs in [((3, 0), {"axis": 1}), ((3, 0), {"axis": -1, "keepdims": True}), ((3, 0), {"axis": 0, "exclude": True}),
                         ((0, 3), {"axis": 1})]:
        r = getattr(nd, op)(nd.zeros(shape), **attrs)
        try:
            print(op, shape, attrs, r.shape, r.asnumpy().tolist())
        except Exception as e:
            print(op, shape, attrs, r.shape, words(e))
