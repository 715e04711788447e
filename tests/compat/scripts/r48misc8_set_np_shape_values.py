"""set_np_shape with a value other than 0, 1 (this thread) or 2 (every thread) leaves NumPy shape semantics as it was and returns the previous state, as MXNet does."""
import threading

import mxnet as mx

util = mx.util


def in_other_thread():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(util.is_np_shape()))
    thread.start()
    thread.join()
    return seen[0]


for values in ([3], [1, 3], [2, 3], [-1], [1, -1], [2, -2], [1, 2, 0], [2, 1], [5, 0], [1, 256], [2, 258], [7, 1]):
    returned = [util.set_np_shape(v) for v in values]
    print(values, returned, util.is_np_shape(), in_other_thread())
    util.set_np_shape(0)
with util.np_shape(3):
    print("np_shape(3):", util.is_np_shape())
with util.np_shape(True):
    with util.np_shape(3):
        print("np_shape(3) inside np_shape(True):", util.is_np_shape())
    print("after:", util.is_np_shape())
print(util.is_np_shape())
