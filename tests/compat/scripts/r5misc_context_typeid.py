import mxnet as mx

c = mx.cpu(2)
print(c.device_type, c.device_typeid, c.device_id)
try:
    c.device_type = 'gpu'
except AttributeError as e:
    print('set device_type', type(e).__name__, e)
c.device_typeid = 3
print(c, c.device_type, c == mx.cpu_pinned(2), hash(c) == hash(mx.cpu_pinned(2)))
c.device_id = 5
print(c, c == mx.Context('cpu_pinned', 5))
print(mx.Context(mx.gpu(1)).device_typeid, sorted({mx.cpu(1), mx.cpu(0), mx.gpu(0), mx.cpu_pinned(0)}, key=str))
