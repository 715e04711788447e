"""Updater.get_states/set_states round trips per optimizer (with and without the optimizer, float16 master copies),
states loaded into an updater made for another optimizer, and set_states on data that is no saved state."""
import pickle
import warnings

warnings.simplefilter("ignore")
import mxnet as mx
from mxnet import nd
from _words import words


def show(x):
    return [round(v, 5) for v in x.asnumpy().astype("float64").ravel().tolist()]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for name, kw in [("sgd", {"momentum": 0.9}), ("sgd", {}), ("adam", {}), ("rmsprop", {"centered": True}),
                 ("lamb", {}), ("nadam", {}), ("ftml", {}), ("dcasgd", {"momentum": 0.5}), ("signum", {}),
                 ("nag", {"momentum": 0.9}), ("adadelta", {}), ("ftrl", {})]:
    for mp in [False, True]:
        def round_trip():
            upd = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.1, multi_precision=mp, **kw))
            dtype = "float16" if mp else "float32"
            w = nd.array([[1., 2.], [3., 4.]], dtype=dtype)
            for i in range(2):
                upd(0, nd.ones((2, 2), dtype=dtype) * (i + 1), w)
            same = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.1, multi_precision=mp, **kw))
            same.set_states(upd.get_states(dump_optimizer=False))
            other = mx.optimizer.get_updater(mx.optimizer.SGD())
            other.set_states(upd.get_states(dump_optimizer=True))
            w2, w3 = w.copy(), w.copy()
            upd(0, nd.ones((2, 2), dtype=dtype), w)
            same(0, nd.ones((2, 2), dtype=dtype), w2)
            result = [show(w), show(w2), type(other.optimizer).__name__, other.optimizer.num_update]
            try:
                other(0, nd.ones((2, 2), dtype=dtype), w3)
                result.append(show(w3))
            except Exception as e:
                result.append(words(e))
            return result
        attempt(f"{name} {kw} mp={mp}", round_trip)

fresh = lambda: mx.optimizer.get_updater(mx.optimizer.SGD())
for label, data in [("bytes", b"xx"), ("empty", b""), ("text", "xx"), ("none", None), ("truncated", b"\x80\x04garbage")]:
    attempt(f"set_states {label}", lambda: fresh().set_states(data))


def pickled(payload):
    upd = fresh()
    upd.set_states(pickle.dumps(payload))
    return ({k: show(v) for k, v in upd.states.items()}, type(upd.optimizer).__name__, upd.optimizer.lr,
            upd.states_synced)


attempt("pickled dict", lambda: pickled({0: nd.ones(2), "a": nd.array([1., 2.])}))
attempt("pickled pair", lambda: pickled(({0: nd.ones(2)}, mx.optimizer.Adam(learning_rate=0.3))))
