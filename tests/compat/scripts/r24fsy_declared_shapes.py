"""A variable declared with a shape attribute: a shape given to infer_shape / simple_bind with unknown (0)
dimensions gives way to the declared one wholly; a fully known given shape overrides it."""
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym


def graphs(x):
    yield 'scalar_mul', x * 2
    yield 'fc', S.FullyConnected(x, num_hidden=2, name='fc')
    yield 'flatten', S.Flatten(x)
    yield 'bn_relu', S.relu(S.BatchNorm(x, name='bn'))
    yield 'add_self', x + S.sin(x)


for declared in [(3, 6), (0, 6), (3, 0), None]:
    x = S.Variable('data', shape=declared) if declared else S.Variable('data')
    for label, y in graphs(x):
        for given in [(0, 6), (3, 0), (0, 0), (3, 6), (4, 6), (0,)]:
            for how in ['infer_shape_partial', 'infer_shape', 'simple_bind']:
                try:
                    if how == 'simple_bind':
                        ex = y.simple_bind(mx.cpu(), data=given)
                        got = (sorted((k, v.shape) for k, v in ex.arg_dict.items()), ex.outputs[0].shape)
                    else:
                        got = getattr(y, how)(data=given)
                except Exception as e:
                    got = words(e)[:160]
                print(declared, label, given, how, got)

# a second variable's declared shape fills in what the first one leaves unknown
w = S.Variable('w', shape=(5, 6))
y = S.FullyConnected(S.Variable('data'), weight=w, num_hidden=5, no_bias=True, name='fc2')
for given in [dict(data=(2, 0)), dict(data=(2, 6), w=(0, 6)), dict(data=(2, 6), w=(5, 6)), dict(w=(0, 0))]:
    try:
        print('weight', sorted(given.items()), y.infer_shape_partial(**given))
    except Exception as e:
        print('weight', sorted(given.items()), words(e)[:160])
