"""sym.image shape inference with unknown (0) sizes: to_tensor waits for every size; crop, normalize and a ratio-keeping resize fail on an unknown size they read."""
import mxnet as mx

d = mx.sym.var('data')
S = mx.sym.image
for name, s in [('crop', S.crop(d, x=1, y=1, width=2, height=2)), ('normalize', S.normalize(d, mean=(0.1, 0.2, 0.3), std=(1, 2, 3))),
                ('resize keep_ratio', S.resize(d, size=3, keep_ratio=True)), ('resize', S.resize(d, size=(3, 2))),
                ('resize keep_ratio pair', S.resize(d, size=(3, 4), keep_ratio=True)), ('to_tensor', S.to_tensor(d))]:
    for shape in [(0, 6, 3), (3, 0, 6), (2, 0, 6, 3), (0, 4, 6, 3), (0, 3, 4, 6), (2, 3, 0, 6), (4, 6, 3)]:
        try:
            print(name, shape, s.infer_shape_partial(data=shape)[1])
        except mx.base.MXNetError:
            print(name, shape, 'MXNetError')
