"""split/SliceChannel on data with unknown (0) sizes: squeezing fills the split axis in as num_outputs, or refuses
a known size that differs (partial inference too); without squeezing the outputs keep the unknown sizes. Also
slice and slice_axis on such data, and a split part feeding a loss."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, fn())
        except Exception as e:
            print(label, words(e))
    for w in caught:
        print(label, 'warns', w.category.__name__, str(w.message).replace('\n', ' | '))


S = mx.sym
SHAPES = [(0, 6), (0, 0), (2, 0), (2, 6), (0, 6, 0), (3, 0, 4)]
SPLITS = [(0, 1, True), (1, 1, True), (1, 3, True), (0, 2, False), (1, 2, False), (1, 3, False), (-1, 1, True),
          (2, 2, True)]
for shape in SHAPES:
    for axis, n, squeeze in SPLITS:
        for how in ('infer_shape_partial', 'infer_shape'):
            mx.name.NameManager._current.value = mx.name.NameManager()
            y = S.split(S.Variable('data'), num_outputs=n, axis=axis, squeeze_axis=squeeze)
            attempt('%s %s %s %s %s' % (shape, axis, n, squeeze, how), lambda: getattr(y, how)(data=shape))
    for kw in ({'begin': (-1, None), 'end': (3, None)}, {'begin': (0, None), 'end': (2, None)},
               {'begin': (None, 1), 'end': (None, 3)}):
        attempt('%s slice %s' % (shape, kw), lambda: S.slice(S.Variable('data'), **kw).infer_shape_partial(data=shape))
mx.name.NameManager._current.value = mx.name.NameManager()
d = S.Variable('data')
part = S.SliceChannel(S.split(S.slice(d, begin=(-1, None), end=(3, None)), num_outputs=1, axis=0, squeeze_axis=True),
                      num_outputs=2, axis=0)[1]
y = S.LinearRegressionOutput(part, name='lro')
for shape in ((0, 6), (3, 6), (0, 0)):
    attempt('chain %s' % (shape,), lambda: y.infer_shape_partial(data=shape))
