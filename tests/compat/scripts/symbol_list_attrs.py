import mxnet as mx
x = mx.sym.var('x')
for s in [mx.sym.Convolution(x, kernel=[3, 3], num_filter=2, name='c'), mx.sym.reshape(x, shape=[2, -1]),
          mx.sym.transpose(x, axes=[1, 0]), mx.sym.sum(x, axis=[0]), mx.sym.tile(x, reps=[2]), mx.sym.Pooling(x, kernel=[2,2], pool_type='max', name='p'),
          mx.sym.split_v2(x, 2), mx.sym.split_v2(x, (1, 3), axis=1), x.split_v2(2), mx.sym.slice(x, begin=[0, None], end=[1, 2])]:
    print(s.list_outputs(), s.attr_dict())
print(mx.sym.split_v2(x, (1, 3), axis=1).infer_shape(x=(2, 5))[1])
e = mx.sym.split_v2(x, (1, 3), axis=1).bind(mx.cpu(), {'x': mx.nd.arange(10).reshape((2, 5))})
print([o.asnumpy().tolist() for o in e.forward()])
print(mx.sym.Group([mx.sym.reshape(x, shape=[2, -1]), x]).tojson())
