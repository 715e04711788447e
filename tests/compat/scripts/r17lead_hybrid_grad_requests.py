"""A hybridized block's backward asks its operators for the gradients wanted when it runs (autograd.grad's
variables, grad_req 'null' parameters), as the same block run imperatively: MXNet's float64 RNN kernel gives
other input gradients when no weight gradient is asked for."""
import mxnet as mx
from mxnet import autograd, gluon

for mode in ["GRU", "LSTM", "RNN"]:
    for hybrid in (False, True):
        net = getattr(gluon.rnn, mode)(3, input_size=2)
        net.initialize(mx.init.Constant(0.1))
        net.cast("float64")
        if hybrid:
            net.hybridize()
        x = mx.nd.ones((2, 1, 2), dtype="float64") * 0.5
        x.attach_grad()
        with autograd.record():
            y = net(x)
        (g,) = autograd.grad(y, [x])
        print(mode, "hybrid" if hybrid else "imperative", "grad", g.asnumpy().round(6).tolist())
        with autograd.record():
            y = net(x)
        y.backward()
        print(mode, "hybrid" if hybrid else "imperative", "backward", x.grad.asnumpy().round(6).tolist())
        for p in net.collect_params().values():
            p.grad_req = "null"
        with autograd.record():
            y = net(x)
        y.backward()
        print(mode, "hybrid" if hybrid else "imperative", "frozen", x.grad.asnumpy().round(6).tolist())
