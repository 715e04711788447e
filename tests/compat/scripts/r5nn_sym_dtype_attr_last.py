"""MXNet's operator functions send the dtype parameter after the others: Embedding's attributes list in that
insertion order (symbols, attr_dict, the exported JSON)."""
import json
import mxnet as mx
from mxnet.gluon import nn

x = mx.sym.var('x')
for s in (mx.sym.Embedding(x, input_dim=5, output_dim=2, dtype='float32', sparse_grad=False),
          mx.sym.Embedding(x, input_dim=5, output_dim=2),
          mx.sym.Embedding(x, output_dim=2, input_dim=5, sparse_grad=True, dtype='float16'),
          mx.sym.one_hot(x, dtype='int32', depth=3), mx.sym.Cast(x, dtype='float16'),
          mx.sym.topk(x, k=2, ret_typ='indices', dtype='int32', axis=0)):
    print([(k, list(v.items())) for k, v in s.attr_dict().items()])
    print([n.get('attrs') for n in json.loads(s.tojson())['nodes']])
net = nn.Embedding(5, 2, dtype='float64', sparse_grad=True)
y = net(x)
print(list(y.attr_dict()[y.name].items()))
print(json.loads(y.tojson())['nodes'][-1]['attrs'])
