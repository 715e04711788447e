# Which refusal MXNet's CPU RNN operator reports when a call has several problems: every combination of a
# float16/float64/float32 LSTM, projection_size, state clipping, sequence lengths, and recording or not.
# recorded on AVX2
import itertools
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from _words import words


def size(inputs, hidden, projection):
    rows = 4 * hidden
    return rows * inputs + rows * (projection or hidden) + 2 * rows + (hidden * projection if projection else 0)


for dtype, projection, clip, lengths, record in itertools.product(
        ('float16', 'float32', 'float64'), (None, 1), (False, True), (False, True), (False, True)):
    rs = np.random.RandomState(0)
    data = nd.array(rs.uniform(-1, 1, (2, 2, 3)), dtype=dtype)
    params = nd.array(rs.uniform(-0.5, 0.5, (size(3, 2, projection),)), dtype=dtype)
    state = nd.zeros((1, 2, projection or 2), dtype=dtype)
    cell = nd.zeros((1, 2, 2), dtype=dtype)
    args = [data, params, state, cell] + ([nd.array([2, 1], dtype=dtype)] if lengths else [])
    kw = dict(state_size=2, num_layers=1, mode='lstm', state_outputs=True, use_sequence_length=lengths)
    if projection:
        kw['projection_size'] = projection
    if clip:
        kw.update(lstm_state_clip_min=-0.1, lstm_state_clip_max=0.1)
    label = '%s projection=%s clip=%s lengths=%s record=%s' % (dtype, projection, clip, lengths, record)
    try:
        if record:
            with autograd.record():
                out = nd.RNN(*args, **kw)
        else:
            out = nd.RNN(*args, **kw)
        print(label, ' '.join('%.4f' % v for v in out[0].asnumpy().ravel()[:4]))
    except Exception as e:      # noqa: BLE001 -- the refusal is what is printed
        print(label, words(e))
