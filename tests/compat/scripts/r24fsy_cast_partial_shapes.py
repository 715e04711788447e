"""Partial shape inference through a cast: what follows it (BatchNorm, LayerNorm, a convolution, ...) is
inferred in the dtype the cast gives, with the batch size still unknown."""
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym
AFTER = [('batchnorm', lambda v: S.BatchNorm(v, name='bn')), ('layernorm', lambda v: S.LayerNorm(v, name='ln')),
         ('relu', S.relu),
         ('conv', lambda v: S.Convolution(v, kernel=(1, 1), num_filter=2, name='cv')),
         ('fc', lambda v: S.FullyConnected(v, num_hidden=2, name='fc')),
         ('bn_fc', lambda v: S.FullyConnected(S.BatchNorm(v, name='bn'), num_hidden=2, name='fc'))]
for declared in ['float16', 'float32', 'float64']:
    x = S.Variable('data', dtype=declared)
    for target in ['float16', 'float32', 'float64']:
        for cast_name, cast in [('cast', S.cast), ('amp_cast', S.amp_cast)]:
            for label, after in AFTER:
                y = after(cast(x, dtype=target))
                for given in [(0, 3, 4, 4), (2, 3, 4, 4)]:
                    try:
                        shapes = y.infer_shape_partial(data=given)
                        types = y.infer_type()
                        print(declared, target, cast_name, label, given, shapes, [t.__name__ for t in types[1]])
                    except Exception as e:
                        print(declared, target, cast_name, label, given, words(e)[:160])
