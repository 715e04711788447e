"""Integer weights fail inside the update kernel (read later); a failed list sum reaches a weight only through the updater's writes."""
import mxnet as mx
from mxnet import nd


def show(label, fn):
    try:
        r = fn()
        print(label, r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


for name, kwargs in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("adam", {}), ("nag", {"momentum": 0.9}),
                     ("signum", {"momentum": 0.9}), ("lamb", {}), ("ftml", {})]:
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    w = nd.ones((2,), dtype="int32")
    states = opt.create_state_multi_precision(0, w)
    opt.update_multi_precision(0, w, nd.ones((2,), dtype="int32"), states)
    show(f"{name} {kwargs} int32 weight, first read:", lambda: w)
    show("  second read:", lambda: w)
    for s in states if isinstance(states, (list, tuple)) else [states]:
        if s is not None:
            show("  state:", lambda: s)

for kind in ["local", "device"]:
    kv = mx.kv.create(kind)
    kv.set_optimizer(mx.optimizer.create("sgd", learning_rate=0.1))
    kv.init(0, nd.ones((2,), dtype="int32"))
    kv.push(0, nd.ones((2,), dtype="int32"))
    out = nd.zeros((2,), dtype="int32")
    kv.pull(0, out=out)
    show(f"{kind} sgd on an int32 key, first read:", lambda: out)
    kv.pull(0, out=out)
    show("  pulled again:", lambda: out)


def read_grad(key, grad, weight):
    grad.asnumpy()


def refuse(key, grad, weight):
    raise ValueError("refused")


def write(key, grad, weight):
    weight[:] = weight * 0.5 + grad


updaters = [("reads the sum", read_grad), ("raises", refuse), ("does nothing", lambda k, g, w: None),
            ("writes the weight", write), ("rmsprop", "rmsprop"), ("sgd", "sgd")]
for label, updater in updaters:
    for kind in ["local", "local_allreduce_cpu"]:
        for key_dtype, pushed in [("float32", ["float16", "float32"]), ("float16", ["float32", "float16"])]:
            kv = mx.kv.create(kind)
            kv.init(0, nd.array([-4, 2], dtype=key_dtype))
            if isinstance(updater, str):
                kv.set_optimizer(mx.optimizer.create(updater, learning_rate=0.1))
            else:
                kv._set_updater(updater)
            kv.push(0, [nd.array([1, 2], dtype=d) for d in pushed])
            out = nd.zeros((2,), dtype=key_dtype)
            kv.pull(0, out=out)
            show(f"{kind} {key_dtype} key, failed sum of {pushed}, an updater that {label}: first read", lambda: out)
            kv.pull(0, out=out)
            show("  second read", lambda: out)

for dtype in ["float64", "float16"]:
    for update_on_kvstore in [None, False]:
        p = mx.gluon.Parameter("p", shape=(3,), dtype=dtype)
        p.initialize(mx.init.Constant(0.5), ctx=[mx.cpu(0), mx.cpu(1)])
        trainer = mx.gluon.Trainer([p], "sgd", {"learning_rate": 0.1}, kvstore="device",
                                   update_on_kvstore=update_on_kvstore,
                                   compression_params={"type": "2bit", "threshold": 0.1})
        for step in range(2):
            for ctx in p.list_ctx():
                with mx.autograd.record():
                    loss = (p.data(ctx) * 2).sum()
                loss.backward()
            trainer.step(1)
            show(f"{dtype} weights, compressed, update_on_kvstore={update_on_kvstore}: weight", lambda: p.data())
            show("  weight again", lambda: p.data())
            show("  gradient", lambda: p.grad())

for updater in [None, lambda key, grad, weight: None]:
    kv = mx.kv.create("device")
    kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
    kv.init([0, 1], [nd.array([1, 2], dtype="float64")] * 2)
    if updater is not None:
        kv._set_updater(updater)
    kv.push(1, nd.array([3, 4], dtype="float64"))
    for key in [0, 1, 1] if updater is not None else [0, 1]:      # (the stored failed sum holds no data)
        out = nd.array([7, 8], dtype="float64")
        kv.pull(key, out=out)
        show(f"compressed float64 key, updater {updater is not None}, pull {key}: first read", lambda: out)
        if updater is not None:
            show("  second read", lambda: out)

for kind in ["local", "device"]:
    for dtype in ["bool", "uint8", "int8", "int64"]:
        kv = mx.kv.create(kind)
        kv.init(0, nd.ones((2,), dtype=dtype))
        kv.push(0, [nd.ones((2,), dtype=dtype)] * 5)
        out = nd.zeros((2,), dtype=dtype)
        kv.pull(0, out=out)
        show(f"{kind} list of five {dtype} arrays summed:", lambda: out)

for kind in ["local", "local_allreduce_cpu"]:
    for key_dtype, pushed in [("float32", ["float16", "float32", "float32"]), ("float32", ["int64", "float32"]),
                              ("int32", ["uint8", "int32"]), ("bool", ["bool", "bool"])]:
        kv = mx.kv.create(kind)
        kv.init(0, nd.array([1, 2], dtype=key_dtype))
        kv.push(0, [nd.array([3.7 + i, -4.5 - i], dtype=d) for i, d in enumerate(pushed)])
        out = nd.array([9, 9], dtype=key_dtype)
        kv.pull(0, out=out)
        show(f"{kind} {key_dtype} key, failed sum of {pushed}: first read", lambda: out)
        show("  second read", lambda: out)
        kv.pull(0, out=out)
        show("  pulled again", lambda: out)
