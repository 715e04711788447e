import mxnet as mx
c = mx.gluon.nn.Conv2D(3, kernel_size=[3, 3], strides=[1, 2], padding=[1, 0])
print(c)
p = mx.gluon.nn.MaxPool2D(pool_size=[2, 2], strides=[1, 1])
print(p)
c.initialize(); c.hybridize(); print(c(mx.nd.ones((1, 2, 5, 5))).shape)
import json
print([n.get('attrs') for n in json.loads(c._cached_graph[1].tojson())['nodes'] if n['op'] != 'null'])
c2 = mx.gluon.nn.Conv1D(3, kernel_size=[3]); print(c2)
