import mxnet as mx
net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Dense(3, in_units=2), mx.gluon.nn.Activation('relu'))
net.initialize()
x = mx.nd.ones((1, 2)); x.attach_grad()
for hyb in (False, True):
    if hyb: net.hybridize()
    with mx.autograd.record():
        y = net(x) * 2
    s = mx.autograd.get_symbol(y)
    print(hyb, s.list_arguments(), s.list_outputs(), [n['op'] for n in __import__('json').loads(s.tojson())['nodes']])
print([n['name'] for n in __import__('json').loads(s.tojson())['nodes']])
with mx.autograd.record():
    y = net(x) + net(x)
s = mx.autograd.get_symbol(y)
print([n['name'] for n in __import__('json').loads(s.tojson())['nodes']], s.list_outputs())
