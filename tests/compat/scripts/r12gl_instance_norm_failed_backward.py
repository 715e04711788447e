"""InstanceNorm with in_channels unlike the data's: backward runs, reading the data gradient raises, beta's holds zeros."""
import mxnet as mx

for hybrid in (False, True):
    for in_channels, scale in ((2, False), (1, False), (4, True)):
        net = mx.gluon.nn.InstanceNorm(in_channels=in_channels, scale=scale)
        net.initialize()
        if hybrid:
            net.hybridize()
        x = mx.nd.arange(12).reshape((2, 3, 2)) / 4
        x.attach_grad()
        with mx.autograd.record():
            y = net(x)
        y.backward()
        print("backward ran", hybrid, in_channels, y.shape)
        try:
            x.grad.asnumpy()
        except mx.base.MXNetError:
            print("reading x.grad raises MXNetError")
        print("beta grad", net.beta.grad().asnumpy().tolist())
        if scale:
            print("gamma grad", net.gamma.grad().asnumpy().tolist())

net = mx.gluon.nn.PReLU(in_channels=2)       # the next layer is not touched by the failure
net.initialize()
x = mx.nd.arange(12).reshape((2, 3, 2)) - 6
x.attach_grad()
with mx.autograd.record():
    y = net(x)
y.backward()
print(y.asnumpy().tolist(), x.grad.asnumpy().tolist(), net.alpha.grad().asnumpy().tolist())
