"""np.bincount refuses the first negative entry (not the smallest); an int8 one reaches Python as the undecodable byte MXNet's C++ streams."""
import mxnet as mx

np = mx.np
for vals in ([1, -3, -5], [2, -7, -1, 0], [-2], [0, -60, 5], [-128, 1], [3, -65]):
    for dt in ('int32', 'int64', 'int8'):
        for weights in (None, np.ones(len(vals))):
            try:
                print(np.bincount(np.array(vals, dtype=dt), weights))
            except Exception as e:
                print(dt, type(e).__name__, str(e).strip().splitlines()[-1])
