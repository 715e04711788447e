"""A 'local' kvstore chosen for several devices and no parameters fails on their largest size (Module, mx.model)."""
# recorded on AVX2
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", words(e))


def chosen(kv, update):
    return (kv.type if kv is not None else None), update


for name in ["local", "device", None]:
    for devices in (1, 2):
        attempt(f"mx.model._create_kvstore({name!r}, {devices}, {{}})",
                lambda: chosen(*mx.model._create_kvstore(name, devices, {})))

data = mx.sym.Variable("data")
loss = mx.sym.MakeLoss(mx.sym.sum(data * 2))
for name in ["local", "device", None]:
    for ctxs in ([mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]):
        def train():
            mod = mx.mod.Module(loss, data_names=["data"], label_names=None, context=ctxs)
            mod.bind([("data", (4, 3))])
            mod.init_params()
            mod.init_optimizer(kvstore=name)
            mod.forward_backward(mx.io.DataBatch([mx.nd.ones((4, 3))]))
            mod.update()
            return mod._update_on_kvstore, (mod._kvstore.type if mod._kvstore else None)
        attempt(f"Module without parameters, kvstore={name!r}, {len(ctxs)} devices", train)
