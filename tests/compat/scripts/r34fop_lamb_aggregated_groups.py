"""LAMB's fused update of a list of weights runs one operator per group of MXNET_OPTIMIZER_AGGREGATION_SIZE weights: a group with mixed dtypes is refused after the groups before it were updated."""
# recorded on AVX2
import os
os.environ['MXNET_OPTIMIZER_AGGREGATION_SIZE'] = '2'
import numpy as np
import mxnet as mx
from mxnet import nd


def hexes(a):
    return [float(v).hex() for v in a.asnumpy().astype(np.float64).ravel()]


def last_line(e):
    return str(e).strip().splitlines()[-1]


for dtypes in [['float32', 'float32', 'float32', 'float64'], ['float32', 'float64', 'float32', 'float32'],
               ['float32', 'float32', 'float64', 'float64', 'float32'], ['float64', 'float64', 'float32']]:
    o = mx.optimizer.create('lamb', learning_rate=0.1, wd=0.01)
    print(dtypes, "aggregate_num", o.aggregate_num)
    ws = [nd.array(np.linspace(-1, 1, 4) * (k + 1), dtype=d) for k, d in enumerate(dtypes)]
    gs = [nd.array(np.linspace(0.5, -0.5, 4) + k, dtype=d) for k, d in enumerate(dtypes)]
    sts = [o.create_state(k, w) for k, w in enumerate(ws)]
    try:
        o.update(list(range(len(ws))), ws, gs, sts)
        print("  returned")
    except Exception as e:
        print("  ", type(e).__name__, last_line(e))
    for k, w in enumerate(ws):
        print("  weight", k, w.dtype.__name__, hexes(w))
        print("  mean  ", k, hexes(sts[k][0]))
    print("  counts", sorted(o._index_update_count.items()), o.num_update)
