# Trainer/gluon corners: a deferred parameter fails the first step, clip_global_norm's dtype errors, infer_type
# stores numpy types, non-number lr/wd fail at the step, states of another optimizer keep the fusing choice.
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import nd, gluon

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


def deferred_step():
    net = gluon.nn.Dense(3)
    net.initialize()
    gluon.Trainer(net.collect_params(), "sgd").step(1)


attempt("step on a deferred parameter", deferred_step)


def clip(dtypes):
    arrays = [nd.array([3.0, 4.0], dtype=d) for d in dtypes]
    norm = gluon.utils.clip_global_norm(arrays, 1.0)
    return norm, [a.asnumpy().tolist() for a in arrays]


for dtypes in (["float32"], ["float32", "float32"], ["float64"], ["float64", "float64"], ["float32", "float64"],
               ["float16"], ["int32"]):
    attempt(f"clip_global_norm {dtypes}", lambda: clip(dtypes))


def infer(dtype, in_units, x_dtype):
    net = gluon.nn.Dense(4, in_units=in_units, dtype=dtype)
    net.infer_type(nd.ones((3, 2), dtype=x_dtype))
    return net.weight.dtype, net.bias.dtype, repr(net.weight)


attempt("infer_type float32", lambda: infer("float32", 2, "float32"))
attempt("infer_type float16", lambda: infer("float16", 2, "float16"))
attempt("infer_type deferred float16", lambda: infer("float16", 0, "float16"))


def bad_hyper(opt, key, value):
    net = gluon.nn.Dense(2, in_units=2)
    net.initialize(mx.init.One())
    trainer = gluon.Trainer(net.collect_params(), opt, {key: value})
    print("  trainer made,", opt, key, repr(value))
    with mx.autograd.record():
        loss = net(nd.ones((1, 2))).sum()
    loss.backward()
    trainer.step(1)
    return net.weight.data().asnumpy().tolist()


for opt in ("sgd", "adam", "rmsprop", "nag"):
    for key, value in (("learning_rate", "0.1"), ("wd", "0.1"), ("wd", None), ("learning_rate", None)):
        attempt(f"step with {opt} {key}={value!r}", lambda: bad_hyper(opt, key, value))


def load_other_states(saved_opt, loading_opt):
    net = gluon.nn.Dense(3, in_units=2)
    net.initialize(mx.init.Constant(0.25))
    x = nd.array([[1.0, -2.0]])
    trainer = gluon.Trainer(net.collect_params(), saved_opt, {"learning_rate": 0.1})
    for t in (trainer, None):
        if t is None:
            with tempfile.TemporaryDirectory() as d:
                trainer.save_states(os.path.join(d, "s"))
                t = gluon.Trainer(net.collect_params(), loading_opt, {"learning_rate": 0.5})
                t.load_states(os.path.join(d, "s"))
        with mx.autograd.record():
            loss = net(x).sum()
        loss.backward()
        t.step(1)
    return type(t.optimizer).__name__, net.weight.data().asnumpy().ravel().tolist()


for saved_opt, loading_opt in (("adam", "sgd"), ("sgd", "adam"), ("nag", "sgd"), ("adam", "rmsprop")):
    attempt(f"{saved_opt} states loaded by a {loading_opt} trainer", lambda: load_other_states(saved_opt, loading_opt))


def load_garbage(content):
    net = gluon.nn.Dense(2, in_units=2)
    net.initialize()
    trainer = gluon.Trainer(net.collect_params(), "sgd")
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "s"), "wb") as f:
            f.write(content)
        trainer.load_states(os.path.join(d, "s"))


attempt("load_states of a garbage file", lambda: load_garbage(b"garbage"))
attempt("load_states of a \\xc1 file", lambda: load_garbage(b"\xc1\x00\x01"))
attempt("Updater.set_states of a str", lambda: mx.optimizer.get_updater(mx.optimizer.SGD()).set_states("text"))
