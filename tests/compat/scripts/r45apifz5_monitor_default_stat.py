"""Monitor's default statistic and its executor callback are closures made in __init__ (their names in Python's errors), the statistic refuses a non-NDArray as nd.norm does, and a falsy stat_func other than None is kept, as MXNet does."""
import mxnet as mx
import numpy as np


def run(name, call):
    try:
        r = call()
        print(name, 'OK', r if not isinstance(r, mx.nd.NDArray) else r.asnumpy().tolist())
    except Exception as e:
        print(name, type(e).__name__, e)


mon = mx.monitor.Monitor(1)
print(mon.stat_func.__qualname__, mon.stat_helper.__qualname__)
run('stat', lambda: mon.stat_func(mx.nd.array([3.0, 4.0, 0.0, 0.0])))
run('stat none', lambda: mon.stat_func())
run('stat str', lambda: mon.stat_func('x'))
run('stat int', lambda: mon.stat_func(3))
run('stat numpy', lambda: mon.stat_func(np.ones(4)))
run('helper', lambda: mon.stat_helper('name'))
run('helper inactive', lambda: (mon.stat_helper('fc_output', None), mon.queue))
falsy = mx.monitor.Monitor(1, stat_func=0)
print('falsy kept', falsy.stat_func)
