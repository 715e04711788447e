"""Float16 tutorial: symbol casts given numpy types record MXNet's dtype names; fp16 on CPU refuses clearly."""
import json

import numpy as np
import mxnet as mx

with mx.name.NameManager():
    data = mx.sym.Cast(data=mx.sym.Variable(name="data"), dtype=np.float16)
    net_out = mx.sym.Cast(data=mx.sym.FullyConnected(data, num_hidden=3, name='fc'), dtype=np.float32)
    output = mx.sym.SoftmaxOutput(data=net_out, name='softmax')
print(output.infer_type(data='float32'))
print([n.get("attrs") for n in json.loads(output.tojson())["nodes"]])
a = mx.sym.var('a')
for dtype in (np.float16, np.dtype('int32'), float, 'float', 'f4', 'int', 'bool', 'foo', 'bfloat16'):
    try:
        print(repr(dtype), mx.sym.Cast(a, dtype=dtype).list_attr(), mx.sym.zeros((2,), dtype=dtype).attr('dtype'))
    except TypeError as e:
        print(repr(dtype), "TypeError", e)
print(mx.sym.one_hot(a, 3, dtype=np.int32).list_attr(), mx.sym.arange(3, dtype=np.int32).attr('dtype'))

optimizer = mx.optimizer.create('sgd', multi_precision=True, learning_rate=0.01)
print(optimizer.multi_precision, optimizer.lr)
try:
    mx.optimizer.create('sgd', multi_precision=True, lr=0.01)
except TypeError as e:
    print("TypeError", e)
weight = mx.nd.array([1, 2], dtype='float16')
state = optimizer.create_state_multi_precision(0, weight)
optimizer.update_multi_precision(0, weight, mx.nd.array([0.5, 0.25], dtype='float16'), state)
print(weight, state[1].dtype)
