"""Pad over legacy arrays of zero (unknown) sizes pads them as size -1: an output left of unknown size (an unpadded unknown batch or channel, or an axis padded by less than two) is deferred, failing at its shape, reads and ops while an out= array is refused by the output check, a spatial axis padded by two or more gets a known size of padding alone, and reflection refuses an unknown spatial size."""
import mxnet as mx
import numpy as np

nd = mx.nd


def message(e):
    lines = [l.strip() for l in str(e).split('\n') if l.strip() and not l.strip().startswith('[bt]')]
    lines = [l for l in lines if 'Stack trace' not in l and not l.startswith('Traceback')]
    return ' | '.join(lines)[:300]


def show(tag, f):
    try:
        y = f()
    except Exception as e:
        print(tag, 'call ->', type(e).__name__, message(e))
        return
    try:
        print(tag, 'shape', y.shape)
        a = y.asnumpy()
        print(tag, '->', a.shape, a.dtype, a.astype('float64').sum())
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, message(e))


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 2.0), dtype=dtype)


CASES = [((0, 3, 4, 4), (0, 0, 0, 0, 1, 1, 1, 1)), ((1, 0, 4, 4), (0, 0, 0, 0, 1, 1, 1, 1)),
         ((1, 3, 0, 4), (0, 0, 0, 0, 1, 1, 1, 1)), ((1, 3, 4, 0), (0, 0, 0, 0, 1, 1, 2, 1)),
         ((1, 3, 4, 0), (0, 0, 0, 0, 1, 1, 0, 1)), ((1, 3, 0, 4), (0, 0, 0, 0, 0, 0, 1, 1)),
         ((0, 3, 4, 4, 4), (0, 0, 0, 0, 1, 1, 1, 1, 1, 1)), ((1, 3, 0, 4, 4), (0, 0, 0, 0, 1, 1, 1, 1, 1, 1))]
for shape, width in CASES:
    for mode in ['constant', 'reflect']:
        tag = f'{mode} {shape} {width[4:]}'
        show(tag, lambda: nd.Pad(full(shape), mode=mode, pad_width=width, constant_value=1.5))
        show(tag + ' +1', lambda: nd.Pad(full(shape), mode=mode, pad_width=width) + 1)
        show(tag + ' shape_array', lambda: nd.shape_array(nd.Pad(full(shape), mode=mode, pad_width=width)))
        show(tag + ' out', lambda: nd.Pad(full(shape), mode=mode, pad_width=width, out=full((1, 3, 6, 6))))
    show(f'edge {shape} {width[4:]} wait', lambda: nd.Pad(full(shape), mode='edge', pad_width=width).wait_to_read()
         if 0 in shape[:2] else None)
show('float64', lambda: nd.Pad(full((1, 2, 0, 3), 'float64'), mode='constant', pad_width=(0, 0, 0, 0, 2, 1, 1, 0),
                               constant_value=-3))
