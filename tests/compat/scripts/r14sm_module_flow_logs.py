"""Module calls in and out of order, with the log lines MXNet writes (times masked) and the values it computes."""
import logging
import os
import tempfile
import re
import numpy as np
import mxnet as mx


def words(e):
    """The exception type and MXNet's whole message, without the C++ trace, source positions or timestamps."""
    text = str(e).split("Stack trace:")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith("Traceback (most") and not line.strip().startswith("File \"")]
    lines = [line[len("MXNetError: "):] if line.startswith("MXNetError: ") else line for line in lines]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", "\n".join(lines).strip())
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the error is what is compared)
        print(label, "->", words(e))


class Lines(logging.Handler):
    def emit(self, record):
        text = re.sub(r"Time cost=[\d.]+", "Time cost=T", record.getMessage())
        print(f"  [{record.levelname}] {re.sub(r'/tmp/[^ ]+', '/tmp/X', text)}")


logging.getLogger().handlers = [Lines()]
logging.getLogger().setLevel(logging.INFO)
S, nd = mx.sym, mx.nd
X = np.arange(24, dtype=np.float32).reshape(6, 4) / 24.0
Y = np.array([0, 1, 2, 0, 1, 2], dtype=np.float32)


def net():
    return S.SoftmaxOutput(S.FullyConnected(S.var("data"), num_hidden=3, name="fc"), name="softmax")


def data(batch=2):
    return mx.io.NDArrayIter(X, Y, batch_size=batch, label_name="softmax_label")


def rounded(arrays):
    return {k: np.round(v.asnumpy(), 5).tolist() for k, v in sorted(arrays.items())}


m = mx.mod.Module(net())
for label, call in [("data_shapes", lambda: m.data_shapes), ("output_shapes", lambda: m.output_shapes),
                    ("get_params", m.get_params), ("init_params", m.init_params), ("init_optimizer", m.init_optimizer),
                    ("forward", lambda: m.forward(mx.io.DataBatch([nd.ones((2, 4))]))), ("update", m.update),
                    ("predict", lambda: m.predict(data())), ("score", lambda: m.score(data(), "acc"))]:
    attempt(f"unbound {label}", call)
m.bind(data_shapes=[("data", (2, 4))], label_shapes=[("softmax_label", (2,))])
attempt("bind again", lambda: m.bind(data_shapes=[("data", (2, 4))]))
attempt("shapes", lambda: (m.data_shapes, m.label_shapes, m.output_shapes))
attempt("forward before init", lambda: m.forward(mx.io.DataBatch([nd.ones((2, 4))])))
m.init_params(mx.init.Constant(0.1))
attempt("init again", lambda: m.init_params(mx.init.Constant(0.5)))
attempt("update before optimizer", m.update)
m.init_optimizer(optimizer_params={"learning_rate": 0.5})
attempt("optimizer again", lambda: m.init_optimizer(optimizer="adam"))
m.forward(mx.io.DataBatch([nd.array(X[:2])], [nd.array(Y[:2])]), is_train=True)
m.backward()
m.update()
attempt("params after a step", lambda: rounded(m.get_params()[0]))
attempt("score", lambda: m.score(data(), ["acc", "ce"]))
attempt("predict", lambda: np.round(m.predict(data(4)).asnumpy(), 5).tolist())

mx.random.seed(0)
fit = mx.mod.Module(net())
fit.fit(data(), eval_data=data(), num_epoch=2, initializer=mx.init.Constant(0.1), eval_metric="acc",
        optimizer_params={"learning_rate": 0.5}, batch_end_callback=mx.callback.log_train_metric(2),
        epoch_end_callback=lambda epoch, sym, args, auxs: print("  epoch", epoch, sorted(args)))
attempt("fitted", lambda: rounded(fit.get_params()[0]))
folder = tempfile.mkdtemp()
fit.save_checkpoint(os.path.join(folder, "net"), 2, save_optimizer_states=True)
attempt("files", lambda: sorted(os.listdir(folder)))
loaded = mx.mod.Module.load(os.path.join(folder, "net"), 2, load_optimizer_states=True)
loaded.bind(data_shapes=[("data", (2, 4))], label_shapes=[("softmax_label", (2,))])
loaded.init_optimizer(optimizer_params={"learning_rate": 0.5})
attempt("loaded", lambda: rounded(loaded.get_params()[0]) == rounded(fit.get_params()[0]))
attempt("reshape", lambda: (loaded.reshape(data_shapes=[("data", (3, 4))]), loaded.data_shapes, loaded.output_shapes))
