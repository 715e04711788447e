"""Variadic operators read every attribute (num_args among them, in their map's order) before counting inputs."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.ones((2, 3))
EXTRA = [{}, {'foo': 1}, {'num_args': 2, 'foo': 1}, {'num_args': 2, 'dim': 'q'}, {'num_args': 'x', 'dim': 'q'},
         {'dim': 'q', 'num_args': 'x'}, {'num_args': 0}, {'num_args': 3, 'dim': 0}, {'dim': 'q', 'foo': 1},
         {'b': 1, 'dim': 'q'}, {'name': 'a', 'dim': 'q'}, {'num_args': 2.0}, {'num_args': '2'}, {'dim': 1}]
for f, key in ((mx.nd.concat, 'dim'), (mx.nd.Concat, 'dim'), (mx.nd.stack, 'axis'), (mx.nd.add_n, 'dim'),
               (mx.nd.khatri_rao, 'dim')):
    for n in (0, 1, 2):
        for kw in EXTRA:
            kw = {(key if k == 'dim' else k): v for k, v in kw.items()}
            try:
                r = f(*[x] * n, **kw)
                print(f.__name__, n, kw, r.shape, r.asnumpy().sum())
            except Exception as e:
                print(f.__name__, n, kw, words(e))
