"""A second order through a small (inlined) hybridized block numbers the recorded nodes and variables as MXNet: the replayed steps take the numbers their recording reserved, no variables."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd as ag


def probe(tag):
    p = nd.ones(1)
    p.attach_grad()
    with ag.record():
        q = p * 1
    print(tag, ag.get_symbol(q).list_arguments(), ag.get_symbol(q).list_outputs())


for activation in ('tanh', None):
    probe('start')
    net = gluon.nn.Dense(3, in_units=4, activation=activation)
    net.initialize(mx.init.Constant(0.1))
    net.hybridize()
    x = nd.arange(8).reshape((2, 4)) / 8
    x.attach_grad()
    with ag.record():
        y = net(x)
        probe('recorded')
        g = ag.grad(y, x, create_graph=True)[0]
        probe('differentiated')
    print(g.asnumpy().tolist())
    try:
        g.backward()
        print(x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(type(e).__name__, str(e).strip().splitlines()[-1])
    probe('end')
