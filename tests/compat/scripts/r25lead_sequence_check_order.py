# The Sequence* operators' time-axis and rank checks, in each operator's order, in graphs and NDArray calls.
# recorded on AVX2
import re
import mxnet as mx

v = mx.sym.var


def show(label, f):
    try:
        r = f()
        print(label, getattr(r, 'shape', r))
    except mx.base.MXNetError as e:
        print(label, re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e)).replace('\n', '|'))


for op in ('SequenceMask', 'SequenceLast', 'SequenceReverse'):
    for axis in (0, 1, 2, -1):
        for use in (True, False):
            for shapes in ({'a': (3, 2, 4), 'l': (2,)}, {'a': (3, 2, 4)}, {'a': (3,)}):
                s = getattr(mx.sym, op)(v('a'), *([v('l')] if use else []), use_sequence_length=use, axis=axis)
                show(f'{op} {axis} {use} {shapes}', lambda: s.infer_shape(**shapes))
            for data in ((3, 2, 4), (3,)):
                show(f' nd {data}', lambda: getattr(mx.nd, op)(mx.nd.ones(data), *([mx.nd.array([1, 2])] if use else []),
                                                                use_sequence_length=use, axis=axis))
