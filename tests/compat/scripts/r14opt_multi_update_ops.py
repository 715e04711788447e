"""The multi-weight update operators (multi_sgd, preloaded, multi_mp, multi AdamW and LAMB wrappers, multi_sum_sq,
multi_lars, multi_all_finite): results bit for bit, and their count, shape, out= and type checks in MXNet's order
and words."""
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


C = nd.contrib
rng = np.random.RandomState(3)
def R(shape, dt="float32"): return nd.array(rng.randn(*shape), dtype=dt)
SH = [(2, 3), (4,), (1, 2, 2)]
def grp(kinds, n, bad=None):
    out = []
    for w in range(n):
        for j, k in enumerate(kinds):
            shape = SH[w % 3]
            if bad == (w, j): shape = (5,)
            out.append(R(shape, "float16" if k == "h" else "float32"))
    return out
OPS = {"multi_sgd_update": ("ff", {}), "multi_sgd_mom_update": ("fff", {"momentum": 0.9}),
       "multi_mp_sgd_update": ("hhf", {}), "multi_mp_sgd_mom_update": ("hhff", {"momentum": 0.9})}
for name, (kinds, extra) in OPS.items():
    for n in [1, 2, 3]:
        def ok(n=n, name=name, kinds=kinds, extra=extra, **kw):
            a = grp(kinds, n)
            ws = a[::len(kinds)]
            attrs = dict(lrs=[0.1 * (i + 1) for i in range(n)], wds=[0.01] * n, num_weights=n, **extra); attrs.update(kw)
            r = getattr(nd, name)(*a, out=ws, **attrs)
            return [fmt(x) for x in a]
        run(f"{name} n={n}", ok)
        run(f"{name} n={n} clip", lambda: ok(clip_gradient=0.5, rescale_grad=2.0))
        run(f"{name} n={n} lrs short", lambda: ok(lrs=[0.1]))
        run(f"{name} n={n} wds long", lambda: ok(wds=[0.1] * (n + 1)))
        run(f"{name} n={n} num_weights+1", lambda: ok(num_weights=n + 1))
        run(f"{name} n={n} lrs str", lambda: ok(lrs="0.1"))
        run(f"{name} n={n} lrs tuple str", lambda: ok(lrs=("a",) * n))
        for j in range(len(kinds)):
            def bad(n=n, name=name, kinds=kinds, extra=extra, j=j):
                a = grp(kinds, n, bad=(n - 1, j))
                return getattr(nd, name)(*a, out=a[::len(kinds)], lrs=[0.1] * n, wds=[0.0] * n, num_weights=n, **extra)
            run(f"{name} n={n} bad shape w{n-1} in{j}", bad)
            def badt(n=n, name=name, kinds=kinds, extra=extra, j=j):
                a = grp(kinds, n)
                a[(n - 1) * len(kinds) + j] = a[(n - 1) * len(kinds) + j].astype("float64")
                return getattr(nd, name)(*a, out=a[::len(kinds)], lrs=[0.1] * n, wds=[0.0] * n, num_weights=n, **extra)
            run(f"{name} n={n} bad type w{n-1} in{j}", badt)
        def badout(n=n, name=name, kinds=kinds, extra=extra):
            a = grp(kinds, n)
            return getattr(nd, name)(*a, out=[nd.ones((9,))] * n, lrs=[0.1] * n, wds=[0.0] * n, num_weights=n, **extra)
        run(f"{name} n={n} out shape", badout)
        def outfew(n=n, name=name, kinds=kinds, extra=extra):
            a = grp(kinds, n)
            return getattr(nd, name)(*a, out=a[0], lrs=[0.1] * n, wds=[0.0] * n, num_weights=n, **extra)
        run(f"{name} n={n} out single", outfew)
    pname = "preloaded_" + name
    for n in [1, 2]:
        def pok(n=n, pname=pname, kinds=kinds, extra=extra, lrs=None, wds=None, **kw):
            a = grp(kinds, n)
            lrs = nd.array([0.1 * (i + 1) for i in range(n)]) if lrs is None else lrs
            wds = nd.array([0.01] * n) if wds is None else wds
            getattr(nd, pname)(*a, lrs, wds, out=a[::len(kinds)], num_weights=n, **extra, **kw)
            return [fmt(x) for x in a]
        run(f"{pname} n={n}", pok)
        run(f"{pname} n={n} lrs short", lambda: pok(lrs=nd.array([0.1] * (n + 1))))
        run(f"{pname} n={n} lrs 2d", lambda: pok(lrs=nd.ones((n, 1))))
        run(f"{pname} n={n} lrs f64", lambda: pok(lrs=nd.ones((n,), dtype="float64")))
        run(f"{pname} n={n} clip", lambda: pok(clip_gradient=0.1, rescale_grad=0.5))
# multi_sum_sq, multi_lars, multi_all_finite
for n in [1, 3]:
    run(f"multi_sum_sq {n}", lambda: nd.multi_sum_sq(*[R(SH[i % 3]) for i in range(n)], num_arrays=n))
    run(f"multi_sum_sq {n} wrong count", lambda: nd.multi_sum_sq(*[R(SH[i % 3]) for i in range(n)], num_arrays=n + 1))
    run(f"multi_sum_sq {n} f16", lambda: nd.multi_sum_sq(*[R(SH[i % 3], "float16") for i in range(n)], num_arrays=n))
    run(f"multi_all_finite {n}", lambda: nd.multi_all_finite(*[R(SH[i % 3]) for i in range(n)], num_arrays=n))
    run(f"multi_all_finite {n} count", lambda: nd.multi_all_finite(*[R(SH[i % 3]) for i in range(n)], num_arrays=n + 1))
run("multi_lars", lambda: nd.multi_lars(nd.array([0.1, 0.2]), nd.array([4.0, 0.0]), nd.array([1.0, 2.0]), nd.array([0.01, 0.0]), eta=0.5, eps=1e-3, rescale_grad=0.5))
run("multi_lars 2d", lambda: nd.multi_lars(nd.ones((2, 1)), nd.ones((2, 1)), nd.ones((2, 1)), nd.ones((2, 1)), eta=0.5, eps=1e-3))
# contrib python wrappers
def mlamb(n, mp=False, **kw):
    dt = "float16" if mp else "float32"
    ws = [R(SH[i % 3], dt) for i in range(n)]; gs = [R(SH[i % 3], dt) for i in range(n)]
    ms = [nd.zeros(SH[i % 3]) for i in range(n)]; vs = [nd.zeros(SH[i % 3]) for i in range(n)]
    args = dict(learning_rates=[0.1] * n, wds=[0.01] * n, step_count=[1] * n, num_tensors=n); args.update(kw)
    if mp:
        w32 = [w.astype("float32") for w in ws]
        r = C.multi_mp_lamb_update(ws, gs, ms, vs, w32, **args)
    else:
        r = C.multi_lamb_update(ws, gs, ms, vs, **args)
    return [fmt(x) for x in (r if isinstance(r, list) else [r])], [fmt(x) for x in ms]
for n in [1, 2, 3]:
    run(f"multi_lamb {n}", lambda: mlamb(n))
    run(f"multi_mp_lamb {n}", lambda: mlamb(n, True))
    run(f"multi_lamb {n} opts", lambda: mlamb(n, beta1=0.8, beta2=0.9, epsilon=1e-3, rescale_grad=0.5, clip_gradient=0.3, lower_bound=0.1, upper_bound=2.0, bias_correction=False))
    run(f"multi_lamb {n} lrs short", lambda: mlamb(n, learning_rates=[0.1]))
    run(f"multi_lamb {n} num_tensors", lambda: mlamb(n, num_tensors=n + 1))
def madamw(n, mp=False, **kw):
    dt = "float16" if mp else "float32"
    ws = [R(SH[i % 3], dt) for i in range(n)]; gs = [R(SH[i % 3], dt) for i in range(n)]
    ms = [nd.zeros(SH[i % 3]) for i in range(n)]; vs = [nd.zeros(SH[i % 3]) + 0.1 for i in range(n)]
    args = dict(lrs=[0.1] * n, wds=[0.01] * n, etas=[1.0] * n, rescale_grad=nd.array([1.0])); args.update(kw)
    if mp:
        w32 = [w.astype("float32") for w in ws]
        r = C.multi_mp_adamw_update(ws, gs, ms, vs, w32, **args)
    else:
        r = C.multi_adamw_update(ws, gs, ms, vs, **args)
    return [fmt(x) for x in (r if isinstance(r, list) else [r])], [fmt(x) for x in ms]
for n in [1, 2, 3]:
    run(f"multi_adamw {n}", lambda: madamw(n))
    run(f"multi_mp_adamw {n}", lambda: madamw(n, True))
    run(f"multi_adamw {n} opts", lambda: madamw(n, beta1=0.8, beta2=0.9, epsilon=1e-3, clip_gradient=0.3))
    run(f"multi_adamw {n} rescale float", lambda: madamw(n, rescale_grad=0.5))
    run(f"multi_adamw {n} lrs short", lambda: madamw(n, lrs=[0.1]))
