"""FullyConnected (nd and gluon Dense) on csr data runs MXNet's storage fallback: its own gemm kernels forward
and backward (not oneDNN's), bit for bit, through Trainer steps on several kvstores; a sparse gradient buffer
for any of its inputs fails the backward node's storage inference."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _sparse_show import show
from _words import words

rs = np.random.RandomState(0)


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", " | ".join(show(o) for o in out) if isinstance(out, list) else show(out))
    except Exception as e:
        print(label, "->", words(e))


for rows, units, hidden in [(5, 6, 3), (1, 7, 2), (9, 20, 4), (16, 3, 1)]:
    X = rs.rand(rows, units).astype("float32")
    X[X < 0.6] = 0
    for dtype in ["float32", "float64"]:
        x = nd.array(X, dtype=dtype).tostype("csr")
        w, b = nd.array(rs.rand(hidden, units), dtype=dtype), nd.array(rs.rand(hidden), dtype=dtype)
        for no_bias in [False, True]:
            args = (x, w) if no_bias else (x, w, b)
            attempt(f"{rows}x{units}->{hidden} {dtype} no_bias={no_bias} forward",
                    lambda: nd.FullyConnected(*args, num_hidden=hidden, no_bias=no_bias))
            w.attach_grad()
            b.attach_grad()

            def backward():
                with autograd.record():
                    y = nd.FullyConnected(*args, num_hidden=hidden, no_bias=no_bias)
                    loss = (y * y).sum()
                loss.backward()
                return [w.grad] if no_bias else [w.grad, b.grad]
            attempt(f"{rows}x{units}->{hidden} {dtype} no_bias={no_bias} grads", backward)
X = rs.rand(5, 6).astype("float32")
X[X < 0.6] = 0
for stypes in [("row_sparse", "default"), ("default", "row_sparse")]:
    w, b = nd.ones((3, 6)), nd.ones((3,))
    w.attach_grad(stype=stypes[0])
    b.attach_grad(stype=stypes[1])

    def refused():
        with autograd.record():
            y = nd.FullyConnected(nd.array(X).tostype("csr"), w, b, num_hidden=3)
        y.backward()
        return w.grad
    attempt(f"gradient buffers {stypes}", refused)
for kvstore in ["local", "device", None]:
    for update_on_kvstore in [None, False]:
        for optimizer in ["sgd", "adam"]:
            def train():
                mx.random.seed(1)
                net = gluon.nn.Dense(2, in_units=6)
                net.initialize(mx.init.Xavier())
                trainer = gluon.Trainer(net.collect_params(), optimizer, {"learning_rate": 0.1}, kvstore=kvstore,
                                        update_on_kvstore=update_on_kvstore)
                for _ in range(3):
                    with autograd.record():
                        loss = (net(nd.array(X).tostype("csr")) ** 2).sum()
                    loss.backward()
                    trainer.step(5)
                return [net.weight.data(), net.bias.data()]
            attempt(f"Dense on csr {optimizer} kvstore={kvstore} update_on_kvstore={update_on_kvstore}", train)
