"""x.broadcast_to / broadcast_like on fewer axes record MXNet's method Reshape (shape text '[1,2,3]') before broadcast_to (get_symbol), with their gradients."""
# recorded on AVX2
import mxnet as mx, json
from mxnet import autograd as ag
x = mx.nd.array([[1.,2.,3.],[4.,5.,6.]]); x.attach_grad()
for f in [lambda: x.broadcast_to((2,2,3)), lambda: x.broadcast_like(mx.nd.ones((3,2,3))), lambda: x[0].broadcast_to((4,3)), lambda: x.broadcast_to((2,3))]:
    with ag.record():
        y = f()
    print([(n['op'], n.get('attrs')) for n in json.loads(ag.get_symbol(y).tojson())['nodes']])
    y.backward(); print(x.grad.asnumpy().tolist())
