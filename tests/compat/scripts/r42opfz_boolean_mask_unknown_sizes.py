"""contrib.boolean_mask on data with legacy unknown (0) sizes off its masked axis: its kernel, run at the call, sizes the output ((k, 0, ...)); other axes are refused by its own check."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def show(tag, f):
    try:
        y = f()
        print(tag, '->', y.shape, y.dtype.__name__, y.asnumpy().ravel().tolist())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


for s in [(3, 0), (3, 0, 2), (3, 2), (2, 3, 0), (2, 0, 0)]:
    for m in [[1, 0, 1], [0, 0, 0], [1, 1, 1]]:
        for mdt in ['float32', 'bool', 'int32']:
            for ax in [0, 1, -1]:
                mm = m[:s[ax]]
                show('boolean_mask %s mask %s %s axis=%d' % (s, mm, mdt, ax),
                     lambda: nd.contrib.boolean_mask(nd.array(np.arange(np.prod(s)).reshape(s)), nd.array(mm, dtype=mdt),
                                                     axis=ax))
