# mx.profiler aggregate rows of optimizer steps, Module data loading, deferred initialisation and
# assignments (names and counts; timings vary).
import mxnet as mx
from _profiler_rows import run


x = mx.nd.ones((4, 5))
y = mx.nd.ones((4, 2))
mx.nd.waitall()


def dense_net(layers):
    net = mx.gluon.nn.Sequential()
    net.add(mx.gluon.nn.Dense(3, activation="relu"), *[mx.gluon.nn.Dense(2) for _ in range(layers - 1)])
    net.initialize(mx.init.One())
    return net


for title, layers, name, params in [("sgd", 2, "sgd", {"learning_rate": 0.1}),
                                    ("sgd momentum", 2, "sgd", {"learning_rate": 0.1, "momentum": 0.9}),
                                    ("sgd wd", 2, "sgd", {"learning_rate": 0.1, "wd": 0.01}),
                                    ("adam", 2, "adam", {"learning_rate": 0.1}),
                                    ("sgd momentum 3 layers", 3, "sgd", {"learning_rate": 0.1, "momentum": 0.9})]:
    net = dense_net(layers)
    net(x)
    trainer = mx.gluon.Trainer(net.collect_params(), name, params)
    for k in range(2):
        with mx.autograd.record():
            loss = ((net(x) - y) ** 2).sum()
        loss.backward()
        mx.nd.waitall()
        run("%s step %d" % (title, k), lambda: trainer.step(4))

w = mx.nd.ones((3,))
g = mx.nd.ones((3,))
mx.nd.waitall()
updater = mx.optimizer.get_updater(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9))
run("updater one key", lambda: updater(0, g, w))
updater = mx.optimizer.get_updater(mx.optimizer.SGD(learning_rate=0.1))
run("updater two keys", lambda: updater([0, 1], [g, g], [w, w]))

net = dense_net(2)
mx.nd.waitall()
run("first forward", lambda: net(x))
run("second forward", lambda: net(x))

data = mx.sym.Variable("data")
sym = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=4), name="softmax")
mod = mx.mod.Module(sym)
mod.bind(data_shapes=[("data", (5, 10))], label_shapes=[("softmax_label", (5,))])
mod.init_params()
mod.init_optimizer(optimizer="sgd", optimizer_params={"learning_rate": 0.1, "momentum": 0.9})
batch = mx.io.DataBatch([mx.nd.ones((5, 10))], [mx.nd.zeros((5,))])
mx.nd.waitall()


def module_step():
    mod.forward(batch, is_train=True)
    mod.backward()
    mod.update()


run("module step 0", module_step)
run("module step 1", module_step)

a = mx.nd.ones((3, 4))
b = mx.nd.ones((3, 4))
mx.nd.waitall()


def assign(key, value):
    def step():
        a[key] = value
    return step


run("assign 0", assign(slice(None), 0))
run("assign 1.5", assign(slice(None), 1.5))
run("assign row", assign(1, 2))
run("assign rows", assign(slice(1, 3), 2))
run("assign array", assign(slice(None), b))
run("copyto array", lambda: a.copyto(b))
run("copyto context", lambda: a.copyto(mx.cpu()))
run("copyto itself", lambda: a.copyto(a))
