"""gluon.Trainer across kvstore kinds and update_on_kvstore choices (step, allreduce_grads + update, batch rescale,
stale and repeated steps, learning rates, save/load of states, multipliers), and Updater state round trips."""
import re
import warnings

warnings.simplefilter("ignore")
import numpy as np
import mxnet as mx
from mxnet import nd

def words(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"

def fmt(x):
    if isinstance(x, nd.NDArray):
        st = x.stype
        a = x.tostype("default").asnumpy() if st != "default" else x.asnumpy()
        return f"{st}:{a.dtype}{list(a.shape)}{a.ravel().tolist()}"
    if isinstance(x, np.ndarray):
        return f"np:{x.dtype}{list(x.shape)}{x.ravel().tolist()}"
    if isinstance(x, (tuple, list)):
        o = "(" if isinstance(x, tuple) else "["
        return o + ",".join(fmt(v) for v in x) + (")" if isinstance(x, tuple) else "]")
    if isinstance(x, dict):
        return "{" + ",".join(f"{k!r}:{fmt(v)}" for k, v in sorted(x.items(), key=lambda kv: repr(kv[0]))) + "}"
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, (np.floating, np.integer)):
        return f"{type(x).__name__}({x!r})"
    r = repr(x)
    return re.sub(r" at 0x[0-9a-f]+", "", r)

def run(label, fn):
    try:
        r = fn()
        print(label, "->", fmt(r))
    except Exception as e:
        print(label, "->", words(e))


import os
import pickle
import tempfile
from mxnet import gluon, autograd
TMP = tempfile.mkdtemp()

def net(prefix="n_", init=True, n=2):
    mx.random.seed(0)
    d = gluon.nn.Dense(n, in_units=3, prefix=prefix)
    if init:
        d.initialize(mx.init.Constant(0.5))
        d.bias.set_data(nd.array(np.arange(n) * 0.1))
    return d

X = nd.array([[1.0, -2.0, 0.5], [0.3, 0.2, -1.0]])

def fwd_bwd(d, x=X):
    """A loss of the layer's parameters in elementwise arithmetic (bit-exact on any CPU, unlike a GEMM)."""
    with autograd.record():
        y = ((d.weight.data() * x[0]) ** 2).sum() + (d.bias.data() * x[1, :2]).sum() * 3
    y.backward()

def params(d):
    return [fmt(p.data()) for p in d.collect_params().values()]

for kv in ["local", "device", None]:
    for uok in [None, True, False]:
        for optn, okw in [("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01}), ("adam", {"learning_rate": 0.01})]:
            def body():
                d = net()
                t = gluon.Trainer(d.collect_params(), optn, dict(okw), kvstore=kv, update_on_kvstore=uok)
                out = []
                for bs in [1, 2, 4]:
                    fwd_bwd(d); t.step(bs)
                    out.append(params(d))
                return out, t.learning_rate, t._update_on_kvstore, type(t._kvstore).__name__ if t._kvstore is not None else None
            run(f"trainer kv={kv} uok={uok} {optn} {sorted(okw.items())}", body)

# manual allreduce + update
for kv in ["local", None]:
    for uok in [None, False, True]:
        def body():
            d = net()
            t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1}, kvstore=kv, update_on_kvstore=uok)
            fwd_bwd(d); t.allreduce_grads(); t.update(2)
            return params(d)
        run(f"allreduce+update kv={kv} uok={uok}", body)

def stale(ignore):
    d = net(); d2 = net("m_")
    ps = d.collect_params(); ps.update(d2.collect_params())
    t = gluon.Trainer(ps, "sgd", {"learning_rate": 0.1})
    fwd_bwd(d)
    t.step(1, ignore_stale_grad=ignore)
    return params(d) + params(d2)
run("stale False", lambda: stale(False))
run("stale True", lambda: stale(True))
def step_twice():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    fwd_bwd(d); t.step(1); t.step(1)
    return params(d)
run("step twice", step_twice)
def step_twice_ignore():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    fwd_bwd(d); t.step(1); t.step(1, ignore_stale_grad=True)
    return params(d)
run("step twice ignore", step_twice_ignore)
def update_twice():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1}, update_on_kvstore=False)
    fwd_bwd(d); t.allreduce_grads(); t.update(1); t.update(1)
    return params(d)
run("update twice", update_twice)
def update_uok():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1}, update_on_kvstore=True)
    fwd_bwd(d); t.update(1)
run("update on kvstore update()", update_uok)
def allreduce_uok():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1}, update_on_kvstore=True)
    fwd_bwd(d); t.allreduce_grads()
run("update on kvstore allreduce()", allreduce_uok)
def set_lr():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    t.set_learning_rate(0.5); fwd_bwd(d); t.step(1)
    return t.learning_rate, params(d)
run("set_learning_rate", set_lr)
def set_lr_sched():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"lr_scheduler": mx.lr_scheduler.FactorScheduler(1, 0.5, base_lr=1.0)})
    out = [t.learning_rate]
    for i in range(3):
        fwd_bwd(d); t.step(1); out.append(t.learning_rate)
    t.set_learning_rate(0.3)
    return out
run("set_learning_rate sched", set_lr_sched)
def opt_instance_with_params():
    d = net(); gluon.Trainer(d.collect_params(), mx.optimizer.SGD(), {"learning_rate": 0.1})
run("optimizer instance + params", opt_instance_with_params)
def opt_instance():
    d = net(); o = mx.optimizer.Adam(learning_rate=0.1)
    t = gluon.Trainer(d.collect_params(), o)
    fwd_bwd(d); t.step(1); return params(d), t.optimizer is o, o.num_update
run("optimizer instance", opt_instance)
run("bad params", lambda: gluon.Trainer([1, 2], "sgd"))
run("bad params type", lambda: gluon.Trainer(3, "sgd"))
run("params list of Parameter", lambda: gluon.Trainer(list(net().collect_params().values()), "sgd").learning_rate)
def dup_same():
    d = net(); gluon.Trainer([d.weight, d.weight], "sgd")
run("dup same param", dup_same)
run("bad optimizer name", lambda: gluon.Trainer(net().collect_params(), "nosuch"))
run("bad kvstore", lambda: gluon.Trainer(net().collect_params(), "sgd", kvstore="zzz").step(1))
def uninit():
    d = net(init=False); t = gluon.Trainer(d.collect_params(), "sgd"); t.step(1)
run("uninit step", uninit)
def no_grad():
    d = net(); d.weight.grad_req = "null"; t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    fwd_bwd(d); t.step(1); return params(d)
run("grad_req null", no_grad)
def grad_add():
    d = net(); d.collect_params().setattr("grad_req", "add"); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    fwd_bwd(d); fwd_bwd(d); t.step(1); return params(d), [fmt(p.grad()) for p in d.collect_params().values()]
run("grad_req add", grad_add)
def save_load(kv, uok):
    def body():
        d = net(); f = os.path.join(TMP, f"s_{kv}_{uok}.states")
        t = gluon.Trainer(d.collect_params(), "adam", {"learning_rate": 0.1}, kvstore=kv, update_on_kvstore=uok)
        fwd_bwd(d); t.step(1); t.save_states(f)
        d2 = net(); t2 = gluon.Trainer(d2.collect_params(), "adam", {"learning_rate": 0.1}, kvstore=kv, update_on_kvstore=uok)
        t2.load_states(f)
        fwd_bwd(d); t.step(1); fwd_bwd(d2); t2.step(1)
        return params(d) == params(d2), params(d2), t2.learning_rate, t2._optimizer.num_update, t2._optimizer._index_update_count
    return body
for kv in ["local", None]:
    for uok in [None, False]:
        run(f"save/load kv={kv} uok={uok}", save_load(kv, uok))
def load_missing():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd"); t.load_states(os.path.join(TMP, "nope"))
def save_before_init():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd"); f = os.path.join(TMP, "early"); t.save_states(f); return os.path.getsize(f) > 0
run("save before step", save_before_init)
def lr_mult():
    d = net(); d.weight.lr_mult = 2.0; d.bias.wd_mult = 0.0
    t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1, "wd": 0.1})
    fwd_bwd(d); t.step(1); return params(d)
run("param lr_mult", lr_mult)
def rescale():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1, "rescale_grad": 5.0})
    fwd_bwd(d); t.step(4); return params(d), t._optimizer.rescale_grad, t._scale
run("rescale_grad given", rescale)
def fp16():
    d = net(); d.cast("float16")
    t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1, "multi_precision": True, "momentum": 0.9})
    x = X.astype("float16")
    for _ in range(2):
        fwd_bwd(d, x); t.step(2)
    return params(d)
def trainer_props():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    return t.learning_rate, type(t.optimizer).__name__, t._kvstore_params, t._contains_sparse_weight, t._contains_sparse_grad
run("trainer props", trainer_props)
def kv_after_step():
    d = net(); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1})
    fwd_bwd(d); t.step(1)
    return type(t._kvstore).__name__ if t._kvstore else None, t._update_on_kvstore, t._distributed
run("kv after step", kv_after_step)
def kv_obj():
    d = net(); kv = mx.kv.create("local"); t = gluon.Trainer(d.collect_params(), "sgd", {"learning_rate": 0.1}, kvstore=kv)
    fwd_bwd(d); t.step(1); return params(d), t._update_on_kvstore
run("kv object", kv_obj)
def lr_no_opt():
    d = net(); t = gluon.Trainer(d.collect_params(), mx.optimizer.SGD(lr_scheduler=mx.lr_scheduler.FactorScheduler(2)))
    return t.learning_rate
run("trainer lr from sched", lr_no_opt)

# Updater
def updater_rt(optn, kw):
    def body():
        o = mx.optimizer.create(optn, **kw); u = mx.optimizer.get_updater(o)
        w = nd.array([[1.0, 2.0], [3.0, 4.0]]); g = nd.array([[0.1, -0.2], [0.3, 0.5]])
        u(0, g, w); u(1, g, w)
        s = u.get_states(dump_optimizer=False)
        s2 = u.get_states(dump_optimizer=True)
        o2 = mx.optimizer.create(optn, **kw); u2 = mx.optimizer.get_updater(o2)
        u2.set_states(s); w2 = w.copy()
        u(0, g, w); u2(0, g, w2)
        u3 = mx.optimizer.get_updater(mx.optimizer.create("sgd")); u3.set_states(s2)
        return fmt(w) == fmt(w2), fmt(w), type(u3.optimizer).__name__, u3.optimizer.num_update, sorted(u.states.keys()), u.states_synced, type(pickle.loads(pickle.dumps(u.states))).__name__
    return body
for optn, kw in [("sgd", {"momentum": 0.9}), ("adam", {}), ("rmsprop", {"centered": True}), ("ftrl", {}), ("nag", {"momentum": 0.5}), ("sgd", {}), ("lamb", {}), ("adagrad", {}), ("signum", {})]:
    run(f"updater {optn} {kw}", updater_rt(optn, kw))
def updater_bad():
    u = mx.optimizer.get_updater(mx.optimizer.create("sgd")); u.set_states(b"garbage")
def updater_mp():
    o = mx.optimizer.create("sgd", momentum=0.9, multi_precision=True); u = mx.optimizer.get_updater(o)
    w = nd.array([1.0, 2.0], dtype="float16"); g = nd.array([0.5, 0.25], dtype="float16")
    u(0, g, w); u(0, g, w)
    return w, u.states[0]
run("updater mp", updater_mp)
def updater_list():
    o = mx.optimizer.create("sgd", momentum=0.9); u = mx.optimizer.get_updater(o)
    w = [nd.ones((2,)), nd.ones((3,))]; g = [nd.ones((2,)) * 0.5, nd.ones((3,)) * 0.1]
    u([0, 1], g, w); return w, o._index_update_count
run("updater list", updater_list)
def updater_np_state():
    o = mx.optimizer.create("adam"); u = mx.optimizer.get_updater(o)
    w = nd.ones((2,)); u(0, nd.ones((2,)), w); s = u.get_states()
    return type(s).__name__, len(s) > 0
run("updater states bytes", updater_np_state)
run("Updater class", lambda: mx.optimizer.Updater(mx.optimizer.SGD()).optimizer.lr)
run("get_updater non-opt", lambda: mx.optimizer.get_updater("sgd")(0, nd.ones(1), nd.ones(1)))
