"""mx.sym.np.linalg.norm of the whole array is one number even when the data's rank is unknown (also told back through a sum), keepdims or an axis leave it unknown."""
import mxnet as mx

mx.npx.set_np()
b = mx.sym.var('b').as_np_ndarray()
a = mx.sym.var('a').as_np_ndarray()
for kw in ({}, {'keepdims': True}, {'axis': 0}, {'axis': 1, 'keepdims': True}):
    s = mx.sym.np.linalg.norm(b, **kw)
    for given in ({}, {'b': (2, 3)}, {'b': (-1, 3)}, {'b': (4,)}):
        try:
            print(kw, given, s.infer_shape_partial(**given))
        except mx.base.MXNetError as e:
            print(kw, given, 'MXNetError', str(e).split('] ')[-1][:150])
    print(kw, 'plus a', (s + a).infer_shape_partial(a=()))
    print(kw, 'types', s.infer_type_partial(b='float32'))
