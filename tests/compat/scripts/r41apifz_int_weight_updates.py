"""Optimizers whose fused update kernels refuse integer weights: the kernel's source line and words, met through
opt.update, an updater and a local kvstore."""
import mxnet as mx


def show(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "!!", type(e).__name__, " | ".join(line.strip() for line in str(e).strip().split("\n")[1:3]))


def by_update(name, kw, dtype):
    opt = mx.optimizer.create(name, **kw)
    w, g = mx.nd.ones((2,), dtype=dtype), mx.nd.ones((2,), dtype=dtype)
    opt.update(0, w, g, opt.create_state(0, w))
    return w.asnumpy()


def by_updater(name, kw, dtype):
    updater = mx.optimizer.get_updater(mx.optimizer.create(name, **kw))
    w, g = mx.nd.ones((2,), dtype=dtype), mx.nd.ones((2,), dtype=dtype)
    updater(0, g, w)
    return w.asnumpy()


def by_kvstore(name, kw, dtype):
    kv = mx.kv.create("local")
    kv.set_optimizer(mx.optimizer.create(name, **kw))
    kv.init(3, mx.nd.ones((2,), dtype=dtype))
    kv.push(3, mx.nd.ones((2,), dtype=dtype))
    out = mx.nd.zeros((2,), dtype=dtype)
    kv.pull(3, out=out)
    return out.asnumpy()


cases = [("sgd", {}), ("sgd", {"momentum": 0.9}), ("sgd", {"multi_precision": True}), ("adam", {}),
         ("nag", {"momentum": 0.9}), ("nag", {}), ("signum", {}), ("signum", {"momentum": 0}), ("lamb", {}),
         ("ftml", {}), ("lbsgd", {}), ("lbsgd", {"momentum": 0.9}), ("dcasgd", {}), ("adamax", {}),
         ("lars", {}), ("lars", {"momentum": 0.9})]     # (LARS last: MXNet's later updates may meet its error again)
for name, kw in cases:
    for dtype in ("int32", "int8"):
        for how in (by_update, by_updater, by_kvstore):
            show("%s %s %s %s" % (name, kw, dtype, how.__name__), lambda: how(name, kw, dtype))
