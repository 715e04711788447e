"""A monitor_all Monitor on a Module with BatchNorm: the backward node reads the moving mean and variance as
they were before the backward updated them, then toc shows the updated auxiliary states."""
# recorded on AVX2
import numpy as np
import mxnet as mx

data = mx.sym.Variable("data")
net = mx.sym.FullyConnected(data, num_hidden=4, name="fc1")
net = mx.sym.BatchNorm(net, name="bn", momentum=0.8)
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(net, num_hidden=3, name="fc2"), name="softmax")
rs = np.random.RandomState(0)
X = mx.nd.array(rs.normal(size=(4, 5)))
Y = mx.nd.array([0, 1, 2, 1])
for stat in (None, lambda x: mx.nd.mean(x), lambda x: [mx.nd.min(x), mx.nd.max(x)]):
    mod = mx.mod.Module(net)
    mod.bind([("data", (4, 5))], [("softmax_label", (4,))])
    mod.init_params(mx.init.Uniform(0.5))
    mod.init_optimizer(optimizer_params={"learning_rate": 0.1})
    mon = mx.mon.Monitor(1, stat, pattern="bn_(moving|backward_input[4-7])", monitor_all=True)
    mod.install_monitor(mon)
    for step in range(3):
        mon.tic()
        mod.forward_backward(mx.io.DataBatch([X], [Y]))
        mod.update()
        for n, name, value in mon.toc():
            print(n, name, " ".join("%.5f" % float(v) for v in value.split()))
