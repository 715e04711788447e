"""kvstore misuse raises MXNet's Python-level exceptions with MXNet's messages (bare asserts carry none)."""
import numpy as np
import mxnet as mx
from mxnet import nd


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except mx.base.MXNetError:
        print(label, "-> MXNetError")
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e)))


for kind in ["local", "device"]:
    kv = mx.kv.create(kind)
    kv.init(0, nd.ones((2,)))
    kv.init(1, nd.sparse.zeros("row_sparse", (2, 2)))
    attempt(f"{kind} pull without out", lambda: kv.pull(0))
    attempt(f"{kind} init numpy data", lambda: kv.init(5, np.ones(2)))
    attempt(f"{kind} push numpy data", lambda: kv.push(0, np.ones(2)))
    attempt(f"{kind} push a nested list to one key", lambda: kv.push(0, [[nd.ones((2,))]]))
    attempt(f"{kind} two keys, one value", lambda: kv.push([0, 1], [nd.ones((2,))]))
    attempt(f"{kind} mixed key kinds", lambda: kv.push([0, "a"], [nd.ones((2,))] * 2))
    attempt(f"{kind} a float key", lambda: kv.push(1.5, nd.ones((2,))))
    attempt(f"{kind} a key beyond int32", lambda: kv.init(2**31, nd.ones((2,))))
    attempt(f"{kind} a key below int32", lambda: kv.init(-2**31 - 1, nd.ones((2,))))
    attempt(f"{kind} row_sparse_pull without row_ids", lambda: kv.row_sparse_pull(1, out=nd.sparse.zeros("row_sparse", (2, 2))))
    attempt(f"{kind} row_sparse_pull with int row_ids",
            lambda: kv.row_sparse_pull(1, out=nd.sparse.zeros("row_sparse", (2, 2)), row_ids=3))
    attempt(f"{kind} broadcast into None", lambda: kv.broadcast(7, nd.ones((2,)), out=None))
    attempt(f"{kind} set_optimizer('sgd')", lambda: kv.set_optimizer("sgd"))
    attempt(f"{kind} set_optimizer(None)", lambda: kv.set_optimizer(None))
    attempt(f"{kind} save states without an optimizer", lambda: kv.save_optimizer_states("unused.states"))
    attempt(f"{kind} load states without an optimizer", lambda: kv.load_optimizer_states("unused.states"))
    kv._set_updater(lambda key, grad, weight: None)
    attempt(f"{kind} load states of an updater function", lambda: kv.load_optimizer_states("missing.states"))
    attempt(f"{kind} is_capable('foo')", lambda: kv.is_capable("foo"))
    attempt(f"{kind} is_capable(1)", lambda: kv.is_capable(1))
    attempt(f"{kind} compression params None", lambda: kv.set_gradient_compression(None))
    attempt(f"{kind} compression params '2bit'", lambda: kv.set_gradient_compression("2bit"))

test_store = mx.kv.create("teststore")
attempt("teststore set_optimizer", lambda: test_store.set_optimizer(mx.optimizer.SGD()))
attempt("teststore save states", lambda: test_store.save_optimizer_states("unused.states"))
attempt("teststore load states", lambda: test_store.load_optimizer_states("unused.states"))
attempt("teststore is_capable", lambda: print(test_store.is_capable("optimizer")))
attempt("register a number", lambda: mx.kv.KVStoreBase.register(5))
attempt("create(1)", lambda: mx.kv.create(1))
