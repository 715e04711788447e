"""What the Module compat scripts share: log lines on stdout without timings, values shown rounded, and small
data, iterators and modules to call."""
import logging
import re
import sys
import warnings

import numpy as np

import mxnet as mx
from _words import words

S = mx.sym


def rounded(text):
    """Numbers to 4 significant digits: their last bits follow the CPU's oneDNN kernels (AVX2 or AVX-512)."""
    return re.sub(r'-?\d+\.\d+(e-?\d+)?', lambda m: '%.4g' % float(m.group()), text)


class _Speedless(logging.Formatter):
    """Log lines without the timings (samples/sec vary run to run), numbers rounded if asked."""

    def __init__(self, fmt, round_numbers):
        super().__init__(fmt)
        self.round_numbers = round_numbers

    def format(self, record):
        text = re.sub(r'Speed: [0-9.einf]+', 'Speed: X', super().format(record))
        return rounded(text) if self.round_numbers else text


def log_to_stdout(round_numbers=False):
    logging.basicConfig(level=logging.INFO, format='LOG %(levelname)s %(message)s', stream=sys.stdout)
    handler = logging.getLogger().handlers[0]
    handler.addFilter(lambda r: 'Time cost' not in r.getMessage())
    handler.setFormatter(_Speedless('LOG %(levelname)s %(message)s', round_numbers))


def shown(r, d=4, float_digits=5):
    """``r`` as text-friendly values; a float to ``float_digits`` places (None: ``d``)."""
    if isinstance(r, mx.nd.NDArray):
        return ('ND', r.dtype.__name__, r.shape, np.round(r.asnumpy().astype('float64'), d).tolist())
    if isinstance(r, np.ndarray):
        return ('NP', str(r.dtype), r.shape, np.round(r.astype('float64'), d).tolist())
    if isinstance(r, dict):
        return {k: shown(v, d, float_digits) for k, v in sorted(r.items(), key=lambda kv: str(kv[0]))}
    if isinstance(r, (list, tuple)):
        return type(r).__name__, [shown(x, d, float_digits) for x in r]
    return round(r, d if float_digits is None else float_digits) if isinstance(r, float) else r


def show(label, fn, d=4, float_digits=5):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', str(shown(fn(), d, float_digits))[:600])
        except Exception as e:
            print(label, '->', words(e)[:400])
    for w in caught:
        if w.category is not ResourceWarning:
            print('  warning:', w.category.__name__, str(w.message)[:300])


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n, c=3):
    return mx.nd.array(np.arange(n) % c)


def batch(n=4, k=5, **kw):
    return mx.io.DataBatch([X(n, k)], [Y(n)], **kw)


def it(n=8, b=4, k=5, **kw):
    return mx.io.NDArrayIter(X(n, k), Y(n), b, **kw)


def fcnet(hidden=3, name='fc'):
    return S.SoftmaxOutput(S.FullyConnected(S.var('data'), num_hidden=hidden, name=name), name='softmax')


def mod(sym=None, **kw):
    return mx.mod.Module(sym if sym is not None else fcnet(), **kw)


def bound(sym=None, shapes=(4, 5), label=True, init=True, opt=False, bkw=None, **kw):
    m = mod(sym, **kw)
    m.bind([('data', shapes)], [('softmax_label', (shapes[0],))] if label else None, **(bkw or {}))
    if init:
        m.init_params(mx.init.Constant(0.1))
    if opt:
        m.init_optimizer(optimizer_params={'learning_rate': 0.5})
    return m
