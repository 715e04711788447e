"""contrib.hawkesll's shape checks (each input's ndim and its agreement with N, K, T) fail with MXNet's traceback line naming hawkes_ll-inl.h and the check's line, imperatively and in a graph's infer_shape; its type checks too."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd

N, K, T = 2, 3, 4
BASE = dict(mu=(N, K), alpha=(K,), beta=(K,), state=(N, K), lags=(N, T), marks=(N, T), valid_length=(N,), max_time=(N,))
NAMES = ['mu', 'alpha', 'beta', 'state', 'lags', 'marks', 'valid_length', 'max_time']
CHANGES = [dict(mu=(N, K, 1)), dict(alpha=(K, 1)), dict(beta=(K, 1)), dict(beta=(K + 1,)), dict(state=(N + 1, K)),
           dict(state=(N,)), dict(state=(N, K + 1)), dict(lags=(N, T + 1)), dict(lags=(N,)), dict(marks=(N, T + 1)),
           dict(marks=(N + 1, T)), dict(marks=(N,)), dict(valid_length=(N, 1)), dict(valid_length=(N + 1,)),
           dict(max_time=(N, 1)), dict(max_time=(1,)), dict(lags=(N + 1, T)), dict(mu=(N, K + 1))]


def shapes(change):
    s = dict(BASE)
    s.update(change)
    return s


def show(tag, call):
    try:
        r = call()
        print(tag, "ok", r)
    except Exception as e:
        print(tag, "ERR", type(e).__name__, repr(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))))


for change in CHANGES:
    s = shapes(change)
    arrays = [nd.zeros(s[n], dtype='int32') if n == 'marks' else nd.ones(s[n]) for n in NAMES]
    show("nd %s" % change, lambda: nd.contrib.hawkesll(*arrays)[0].shape)
    graph = mx.sym.contrib.hawkesll(*[mx.sym.var(n) for n in NAMES])
    show("sym %s" % change, lambda: graph.infer_shape(**s)[1])

ok = [nd.ones(BASE[n]) for n in NAMES]
show("nd float marks", lambda: nd.contrib.hawkesll(*ok)[0].shape)
ok[5] = nd.zeros(BASE['marks'], dtype='int64')
show("nd int64 marks", lambda: nd.contrib.hawkesll(*ok)[0].shape)
