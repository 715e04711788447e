"""NumPy shape semantics per thread (set_np_shape(True)) and for every thread (set_np_shape(2)), and the scope
objects MXNet's thread tests read."""
import threading
import mxnet as mx
print(mx.util.set_np_shape(2), mx.util.is_np_shape(), mx.util.set_np_shape(1), mx.util.is_np_shape())
r = []
t = threading.Thread(target=lambda: r.append(mx.util.is_np_shape())); t.start(); t.join(); print('thread after set 1:', r)
print(mx.util.set_np_shape(0), mx.util.is_np_shape())
print(mx.util.set_np_shape(2)); r = []
t = threading.Thread(target=lambda: r.append((mx.util.is_np_shape(), mx.util.set_np_shape(0), mx.util.is_np_shape()))); t.start(); t.join(); print('thread:', r, 'main', mx.util.is_np_shape())
print(mx.util.set_np_shape(0), mx.util.is_np_shape())
with mx.util.np_shape(True):
    print(mx.util.is_np_shape())
print(mx.util.is_np_shape(), mx.util._NumpyArrayScope(True)._is_np_array)
