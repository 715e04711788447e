"""The kvstore API surface: mx.kv's public names, a store's public methods (distnet's own public barrier() left
out), and a Trainer's _distributed once a sparse-weight configuration was refused."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon


def public(obj):
    return sorted(name for name in dir(obj) if not name.startswith("_") and name != "barrier")


print("mx.kv", public(mx.kv))
for name in ["local", "device"]:
    kv = mx.kv.create(name)
    print(name, public(kv), kv._barrier())
print("teststore", public(mx.kv.create("teststore")), hasattr(mx.kv, "TestStore"), hasattr(mx.kv, "LocalKVStore"))

for kvstore in ["local", "device", mx.kv.create("local")]:
    for update_on_kvstore in [None, True, False]:
        weight = gluon.Parameter("w", shape=(4, 2), stype="row_sparse", grad_stype="row_sparse")
        weight.initialize(mx.init.Constant(0.5))
        trainer = gluon.Trainer([weight], "sgd", {"learning_rate": 0.1}, kvstore=kvstore,
                                update_on_kvstore=update_on_kvstore)
        try:
            trainer._init_kvstore()
            result = "ok"
        except ValueError as e:
            result = f"{type(e).__name__}: {e}"
        kind = kvstore if isinstance(kvstore, str) else "KVStore"
        print(kind, update_on_kvstore, result, trainer._distributed, trainer._update_on_kvstore,
              trainer._kv_initialized, None if trainer._kvstore is None else trainer._kvstore.type)
