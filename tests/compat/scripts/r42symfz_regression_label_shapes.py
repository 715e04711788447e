"""Regression outputs (Linear, Logistic, MAE) infer their label's shape from 0-d, 1-D, (n, 1) and wider data, and check given labels, as MXNet does."""
import re
import warnings
import mxnet as mx
warnings.simplefilter('ignore')
d = mx.sym.var('data')
scalar = mx.sym.split(mx.sym.sum(d, axis=1), num_outputs=2, axis=0, squeeze_axis=True)[1]
for op in ['LinearRegressionOutput', 'LogisticRegressionOutput', 'MAERegressionOutput']:
    for name, x, dshape in [('scalar', scalar, (2, 3)), ('1d', mx.sym.sum(d, axis=1), (4, 3)), ('n1', d, (4, 1)),
                            ('wide', d, (4, 3)), ('3d', d, (2, 3, 2))]:
        y = getattr(mx.sym, op)(x, name='out')
        for label in [None, (), (4,), (4, 1), (4, 3), (2, 3, 2), (2, 6), (3, 4)]:
            kw = {'data': dshape} if label is None else {'data': dshape, 'out_label': label}
            for fn in ['infer_shape', 'infer_shape_partial']:
                try:
                    print(op[:6], name, label, fn[12:] or 'full', getattr(y, fn)(**kw))
                except mx.MXNetError as e:
                    print(op[:6], name, label, fn[12:] or 'full', 'error:', re.sub(r'\[[\d:]+\] ', '', str(e).strip().splitlines()[-1]))
