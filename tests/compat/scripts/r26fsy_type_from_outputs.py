"""Type inference told by an output: a float64 variable downstream of a split part, argmax, topk's values,
LayerNorm's mean or cumsum gives the data its dtype; split_v2 and the index outputs do not."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

S = mx.sym
CASES = [
    ('split_part1', lambda x: S.split(x, num_outputs=3, axis=1)[1]),
    ('split_part0', lambda x: S.split(x, num_outputs=3, axis=1)[0]),
    ('slicechannel_last', lambda x: S.SliceChannel(x, num_outputs=2)[1]),
    ('split_v2_part', lambda x: S.split_v2(x, indices_or_sections=2)[1]),
    ('argmax', lambda x: S.argmax(x, axis=1)), ('argmin', lambda x: S.argmin(x)),
    ('argmax_channel', lambda x: S.argmax_channel(x)),
    ('topk_value', lambda x: S.topk(x, k=1, ret_typ='value')), ('topk_indices', lambda x: S.topk(x, k=1)),
    ('topk_both_values', lambda x: S.topk(x, k=1, ret_typ='both')[0]),
    ('topk_both_indices', lambda x: S.topk(x, k=1, ret_typ='both')[1]),
    ('topk_mask', lambda x: S.topk(x, k=1, ret_typ='mask')),
    ('sort', lambda x: S.sort(x)), ('argsort', lambda x: S.argsort(x)),
    ('layernorm_mean', lambda x: S.LayerNorm(x, output_mean_var=True)[1]),
    ('layernorm_std', lambda x: S.LayerNorm(x, output_mean_var=True)[2]),
    ('batchnorm_mean', lambda x: S.BatchNorm(x, output_mean_var=True)[1]),
    ('moments_var', lambda x: S.moments(x, axes=(1,))[1]), ('cumsum', lambda x: S.cumsum(x)),
    ('cumsum_dtype', lambda x: S.cumsum(x, dtype='float32')), ('norm', lambda x: S.norm(x)),
    ('relu', lambda x: S.relu(x)), ('pooling', lambda x: S.Pooling(x, kernel=(1, 1))),
]
for label, make in CASES:
    for side in ('lhs', 'rhs'):
        mx.name.NameManager._current.value = mx.name.NameManager()
        x, v = S.Variable('data'), S.Variable('v', dtype='float64')
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                y = make(x)
                z = S.broadcast_sub(v, y) if side == 'lhs' else S.broadcast_add(y, v)
                print(label, side, z.infer_type_partial())
                print(label, side, 'full', z.infer_type())
            except Exception as e:
                print(label, side, words(e))
        for w in caught:
            print(label, side, 'warns', w.category.__name__, str(w.message).replace('\n', ' | '))
