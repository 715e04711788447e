"""RNN/LSTM/GRU layers over an empty batch of mx.np arrays: empty outputs and states, and oneDNN's delay_alloc error
kept for the first parameter-gradient read (the data's and states' empty gradients read fine)."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from mxnet.gluon import rnn

mx.npx.set_np()
mx.random.seed(3)
cases = [(rnn.LSTM, dict(), True, False), (rnn.GRU, dict(num_layers=2), False, False),
         (rnn.RNN, dict(bidirectional=True), True, True), (rnn.LSTM, dict(layout="NTC"), False, True),
         (rnn.GRU, dict(bidirectional=True, num_layers=2), True, False)]
for layer, kwargs, given, hybridize in cases:
    net = layer(3, input_size=2, **kwargs)
    net.initialize()
    if hybridize:
        net.hybridize()
    shape = (0, 4, 2) if kwargs.get("layout") == "NTC" else (4, 0, 2)
    x = mx.np.zeros(shape, dtype="float32")
    x.attach_grad()
    states = net.begin_state(0)
    for s in states:
        s.attach_grad()
    with autograd.record():
        out = net(x, states) if given else net(x)
        y = out[0] if given else out
    print(layer.__name__, kwargs, "out", y.shape, [s.shape for s in out[1]] if given else "")
    y.backward()
    print("  dx", x.grad.shape, "dstates", [s.grad.shape for s in states])
    for name, p in sorted(net.collect_params().items()):
        try:
            print("  ", name, float(p.grad().asnumpy().sum()))
        except Exception as e:
            print("  ", name, type(e).__name__, str(e).splitlines()[-1][:80])
    with autograd.predict_mode():
        predicted = net(x, states)[0] if given else net(x)
        print("  predicted", predicted.shape)
