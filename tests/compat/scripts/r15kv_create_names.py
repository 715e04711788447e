"""mx.kv.create across store names: the class, type, rank and workers of each, capabilities, the test store, and
registering a store class."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def describe(kv):
    return type(kv).__name__, kv.type, kv.rank, kv.num_workers


names = ["local", "device", "local_update_cpu", "local_allreduce_cpu", "local_allreduce_device", "nccl", "horovod",
         "byteps", "junk", "", "LOCAL", "Device", "teststore", "TestStore", "local_nccl", "p3", None, 3, b"local"]
for name in names:
    attempt(f"create {name!r}", lambda: describe(mx.kv.create(name) if name is not None else mx.kv.create()))
for name in ["local", "device", "teststore"]:
    kv = mx.kv.create(name)
    for capability in ["optimizer", "OPTIMIZER", "foo", "", None, 1]:
        attempt(f"{name} is_capable {capability!r}", lambda: kv.is_capable(capability))
print("KVStoreBase.OPTIMIZER", mx.kv.KVStoreBase.OPTIMIZER, issubclass(mx.kv.KVStore, mx.kv.KVStoreBase))
print("local is a KVStore", isinstance(mx.kv.create("local"), mx.kv.KVStore),
      "teststore is", isinstance(mx.kv.create("teststore"), mx.kv.KVStore),
      isinstance(mx.kv.create("teststore"), mx.kv.KVStoreBase))

test = mx.kv.create("teststore")
out = nd.zeros((2,))
test.pushpull(0, [nd.ones((2,)), nd.ones((2,)) * 2], out=out)
print("teststore pushpull", out.asnumpy().tolist())
values = [nd.ones((2,)), nd.ones((2,), ctx=mx.cpu(1)) * 4]
test.pushpull(0, values)
print("teststore pushpull in place", [v.asnumpy().tolist() for v in values], values[1].context)
outs = [nd.zeros((2,)), nd.zeros((2,))]
test.broadcast(0, nd.ones((2,)) * 5, out=outs)
print("teststore broadcast", [o.asnumpy().tolist() for o in outs])
for what, fn in [("set_optimizer", lambda: test.set_optimizer(mx.optimizer.SGD())),
                 ("save_optimizer_states", lambda: test.save_optimizer_states("x")),
                 ("init", lambda: test.init(0, nd.ones((2,)))),
                 ("pushpull shapes", lambda: test.pushpull(0, [nd.ones((2,)), nd.ones((3,))], out=nd.zeros((2,))))]:
    attempt("teststore " + what, fn)


class MyStore(mx.kv.KVStoreBase):
    """A store class registered by name."""


attempt("register", lambda: mx.kv.KVStoreBase.register(MyStore).__name__)
attempt("create mystore", lambda: type(mx.kv.create("mystore")).__name__)
attempt("create MyStore", lambda: type(mx.kv.create("MyStore")).__name__)
for what in ["type", "rank", "num_workers"]:
    attempt("mystore " + what, lambda: getattr(mx.kv.create("mystore"), what))
attempt("mystore pushpull", lambda: mx.kv.create("mystore").pushpull(0, nd.ones((2,))))
attempt("register a function", lambda: mx.kv.KVStoreBase.register(lambda: 0))
attempt("register an instance", lambda: mx.kv.KVStoreBase.register(MyStore()))
