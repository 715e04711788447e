"""Regression outputs (Linear, Logistic, MAE) infer their label's shape from 0-d, 1-D, (n, 1) and wider data, check given labels, bind a 0-d data's 0-d label, and refuse 0-d data imperatively, as MXNet does."""
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

# a 0-d data's label is a decided 0-d argument: simple_bind allocates it; unknown data leaves both undecided
for sh in [(), (3,), (0, 2)]:
    y = mx.sym.LinearRegressionOutput(d, name='lro')
    try:
        ex = y.simple_bind(mx.cpu(), data=sh)
        print('bind', sh, [a.shape for a in ex.arg_arrays], [o.shape for o in ex.outputs])
    except RuntimeError as e:
        print('bind', sh, 'error:', str(e).strip().splitlines()[-1])
for op in ['LinearRegressionOutput', 'LogisticRegressionOutput', 'MAERegressionOutput']:
    ex = getattr(mx.sym, op)(scalar, name='r').simple_bind(mx.cpu(), data=(2, 3))
    print('bind', op, sorted((k, v.shape) for k, v in ex.arg_dict.items()), [o.shape for o in ex.outputs])

# imperatively (NumPy shapes), a 0-d data fails its shape function's read of the batch size
mx.npx.set_np()
for op in ['LinearRegressionOutput', 'LogisticRegressionOutput', 'MAERegressionOutput']:
    try:
        getattr(mx.nd, op)(mx.np.array(3.0).as_nd_ndarray(), mx.np.array(1.0).as_nd_ndarray())
    except mx.MXNetError as e:
        print('imperative', op, repr(str(e)))
