"""The DeprecationWarnings mx.np indexing gives under an 'always' filter: a lone boolean mask reads and writes
without moving its key (no as_in_context), an integer or mixed key moves each index array twice, and a write with
an array key (or a python bool key, read or written) reads NumPy's deprecated np.bool alias."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import np, npx
from _words import words
npx.set_np()

KEYS = [
    ('mask1', lambda: np.array([True, False], dtype=bool)),
    ('mask2', lambda: np.array([[True, False, True], [False, True, True]], dtype=bool)),
    ('mask_tuple', lambda: (np.array([True, False], dtype=bool),)),
    ('mask_slice', lambda: (np.array([True, False], dtype=bool), slice(None))),
    ('slice_mask', lambda: (slice(None), np.array([True, False, True], dtype=bool))),
    ('mask_int', lambda: (np.array([True, False], dtype=bool), np.array([0, 1], dtype='int32'))),
    ('True', lambda: True), ('False', lambda: False),
    ('int_arr', lambda: np.array([0, 1])), ('int32_arr', lambda: np.array([1], dtype='int32')),
    ('arr_int', lambda: (np.array([1]), 0)), ('int', lambda: 0), ('slice', lambda: slice(None)),
    ('list', lambda: [0, 1]), ('zero_d', lambda: np.array(1)),
]


def short(w):
    text = str(w.message)
    kind = 'np.bool' if text.startswith('`np.bool` is a deprecated alias') else \
        'as_in_context' if text == 'ndarray.as_in_context has been renamed to ndarray.as_in_ctx' else text
    return f'{w.category.__name__}:{kind}'


for label, key in KEYS:
    for op in ('get', 'set_number', 'set_array'):
        x = np.arange(6).reshape(2, 3)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                if op == 'get':
                    res = x[key()].shape
                elif op == 'set_number':
                    x[key()] = -1
                    res = x.sum().item()
                else:
                    x[key()] = np.array(7.)
                    res = x.sum().item()
            except Exception as e:  # noqa
                res = words(e)
        kinds = [short(w) for w in caught]
        print(f'{label:10s} {op:10s} {res}', ', '.join(f'{k} x{kinds.count(k)}' for k in dict.fromkeys(kinds)))
