# mx.profiler aggregate rows of the operators a backward runs (names and counts; timings vary).
import functools

import mxnet as mx
import _profiler_rows

run = functools.partial(_profiler_rows.run, ignored=_profiler_rows.ENGINE + ("CopyCPU2CPU",))


x = mx.nd.ones((4, 5))
w = mx.nd.ones((3, 5))
b = mx.nd.zeros((3,))
for a in (x, w, b):
    a.attach_grad()
mx.nd.waitall()


def mixed():
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, b, num_hidden=3)
        loss = (mx.nd.relu(y) * 2 + mx.nd.sigmoid(y)).sum()
    loss.backward()


def nine_terms():
    with mx.autograd.record():
        y = x * x
        z = sum([y * float(i) for i in range(9)])
    z.backward()


def stopped():
    with mx.autograd.record():
        y = mx.nd.BlockGrad(x) * x + mx.nd.stop_gradient(x * 2)
    y.backward(mx.nd.ones((4, 5)))


def unary():
    with mx.autograd.record():
        y = mx.nd.exp(x) + mx.nd.log(x) - x / 2 + (x > 1) + mx.nd.tanh(x) * mx.nd.sqrt(x)
    y.backward()


def matrix():
    with mx.autograd.record():
        z = mx.nd.dot(mx.nd.softmax(x), w.T)
        q = mx.nd.Dropout(z, p=0.5)
    q.backward()


def grad_call():
    with mx.autograd.record():
        y = mx.nd.square(x) * 3
    mx.autograd.grad(y, [x])


def indexing():
    with mx.autograd.record():
        y = x.reshape((20,)) * 2
        z = y.sum() + x[1:3].sum() + x[1].sum() + x[:, 1].sum() + x[1, 2:4].sum() + x[[0, 2]].sum()
    z.backward()


def views():
    return x.reshape((5, 4)), x[1:3], x[1], x[:, 1], x[::2], x[1, 2], x[None]


def pooling():
    p = mx.nd.ones((2, 3, 8, 8))
    p.attach_grad()
    with mx.autograd.record():
        q = mx.nd.Pooling(p, kernel=(2, 2), pool_type="max") * mx.nd.Pooling(p, kernel=(2, 2), pool_type="avg")
    q.backward()


run("mixed", mixed)
run("indexing", indexing)
run("views", views)
run("pooling", pooling)
run("nine terms", nine_terms)
run("stopped", stopped)
run("unary", unary)
run("matrix", matrix)
run("grad", grad_call)
net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Dense(3, activation="relu"), mx.gluon.nn.Dense(2))
net.initialize()
net.hybridize()
net(x)
mx.nd.waitall()


def hybrid():
    with mx.autograd.record():
        out = net(x)
        loss = (out * out).sum() + out.sum()
    loss.backward()


run("hybrid", hybrid)
data = mx.sym.Variable("data")
sym = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=8),
                                                                   act_type="relu"), num_hidden=4), name="softmax")
exe = sym.simple_bind(mx.cpu(), data=(5, 10))
mx.nd.waitall()


def executor():
    exe.forward(is_train=True)
    exe.backward()


run("executor", executor)
mod = mx.mod.Module(sym)
mod.bind(data_shapes=[("data", (5, 10))], label_shapes=[("softmax_label", (5,))])
mod.init_params()
batch = mx.io.DataBatch([mx.nd.ones((5, 10))], [mx.nd.zeros((5,))])
mx.nd.waitall()


def module():
    mod.forward(batch, is_train=True)
    mod.backward()


run("module", module)
