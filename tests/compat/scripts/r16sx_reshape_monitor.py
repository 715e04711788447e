"""Executor.reshape's checks and sharing, and monitor callbacks (a raising one stops nothing)."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


x, w = mx.sym.Variable("x"), mx.sym.Variable("w")
nets = {"fc": (mx.sym.FullyConnected(x, num_hidden=3, name="fc"), {"x": (2, 4)}),
        "mul": (x * w, {"x": (2, 3), "w": (2, 3)}),
        "bn": (mx.sym.BatchNorm(x, name="bn"), {"x": (2, 3)})}
for name, (net, shapes) in nets.items():
    ex = net.simple_bind(mx.cpu(), **shapes)
    big = {k: (v[0] * 2,) + v[1:] for k, v in shapes.items()}
    small = {k: (1,) + v[1:] for k, v in shapes.items()}
    for kw in [{}, {"partial_shaping": True}, {"allow_up_sizing": True}]:
        attempt(f"{name} same {kw}", lambda: [a.shape for a in ex.reshape(**kw, **shapes).arg_arrays])
        attempt(f"{name} bigger {kw}", lambda: [a.shape for a in ex.reshape(**kw, **big).arg_arrays])
        attempt(f"{name} smaller {kw}", lambda: [o.shape for o in ex.reshape(**kw, **small).outputs])
        attempt(f"{name} no shapes {kw}", lambda: [a.shape for a in ex.reshape(**kw).arg_arrays])
        attempt(f"{name} unknown name {kw}", lambda: [a.shape for a in ex.reshape(zz=(2,), **kw, **shapes).arg_arrays])
        attempt(f"{name} wrong rank {kw}", lambda: [a.shape for a in ex.reshape(**kw, **{k: (5, 5, 5, 5, 5) for k in shapes}).arg_arrays])
    again = ex.reshape(**small)
    ex.arg_arrays[0][:] = 1
    attempt(f"{name} shares memory", lambda: again.arg_arrays[0].asnumpy().ravel().tolist())
    attempt(f"{name} gradients", lambda: [None if g is None else g.shape for g in again.grad_arrays])

    seen = []
    ex.set_monitor_callback(lambda n, a: seen.append(n.decode() if isinstance(n, bytes) else n))
    ex.forward(is_train=True)
    attempt(f"{name} monitored", lambda: seen)
    seen.clear()
    ex.set_monitor_callback(lambda n, a: seen.append(n.decode() if isinstance(n, bytes) else n), monitor_all=True)
    ex.forward(is_train=True)
    attempt(f"{name} monitored all", lambda: seen)

    def refuse(n, a):
        seen.append("refused")
        raise ValueError("no")
    seen.clear()
    ex.set_monitor_callback(refuse)
    attempt(f"{name} raising callback", lambda: [o.shape for o in ex.forward()])
    attempt(f"{name} calls", lambda: len(seen))
    ex.set_monitor_callback(3)
    attempt(f"{name} callback not callable", lambda: [o.shape for o in ex.forward()])
