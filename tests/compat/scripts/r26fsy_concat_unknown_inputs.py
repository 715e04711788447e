"""Concat of an input whose shape is learnt later in the pass (a broadcast with an unshaped variable): MXNet's
first pass sums only the known inputs into the output, and a later pass refuses the full sum in Concat's words."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

S = mx.sym


def graphs():
    d = S.Variable('data', shape=(4, 5))
    b = S.broadcast_sub(d, S.Variable('v'))
    c0 = S.concat(d, b, d, dim=1)
    yield 'concat_of_concat', S.concat(d, c0, d >= b, dim=1)
    yield 'alone', c0
    yield 'grouped_with_compare', S.Group([c0, d >= b])
    yield 'stacked', S.concat(S.stack(d, b), S.stack(d, d) >= S.stack(b, b), dim=0)
    yield 'known_output', S.concat(d, S.Variable('w'), dim=1) + S.Variable('z', shape=(4, 7))
    yield 'known_output_fits', S.concat(d, S.Variable('w'), dim=1) + S.Variable('z', shape=(4, 12))
    e = S.Variable('e', shape=(2, 0))
    yield 'unknown_dim', S.concat(e, S.relu(e), dim=1) * S.Variable('y', shape=(2, 6))
    yield 'unknown_dim_axis0', S.concat(e, e, dim=0) * S.Variable('y', shape=(4, 3))


for label, y in graphs():
    for how in ('infer_shape', 'infer_shape_partial'):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                print(label, how, getattr(y, how)())
            except Exception as e:
                print(label, how, words(e))
        for w in caught:
            print(label, how, 'warns', str(w.message).replace('\n', ' | '))
