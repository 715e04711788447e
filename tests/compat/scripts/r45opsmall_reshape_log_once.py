"""Reshape called without a shape, or with target_shape, logs its deprecation line once per call, as MXNet does."""
import os
import sys
import tempfile

import mxnet as mx


def logged(f):
    """The result of ``f()`` and the lines logged to stderr meanwhile (time stamps dropped)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            try:
                r = f()
                result = ('OK', r.shape, r.dtype.__name__)
            except Exception as e:
                result = (type(e).__name__, str(e).replace('\n', '|'))
            sys.stderr.flush()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        sink.seek(0)
        lines = [line.split('] ', 1)[-1] for line in sink.read().decode().splitlines()]
    return result, lines


x = mx.nd.ones((2, 3))
for name, f in [('Reshape', lambda: mx.nd.Reshape(x)), ('reshape', lambda: mx.nd.reshape(x)),
                ('target_shape', lambda: mx.nd.Reshape(x, target_shape=(3, 2))),
                ('target_shape 0', lambda: mx.nd.Reshape(x, target_shape=(0,))),
                ('keep_highest', lambda: mx.nd.Reshape(x, target_shape=(3, 0), keep_highest=True)),
                ('empty shape', lambda: mx.nd.Reshape(x, shape=())),
                ('read', lambda: mx.nd.Reshape(x).asnumpy())]:
    result, lines = logged(f)
    print(name, result, len(lines), lines)
