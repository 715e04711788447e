"""Update operators on row_sparse and csr operands (weights, gradients, states; lazy or standard updates), bit for
bit, and their storage refusals (group_adagrad_update given a dense or csr gradient beside sparse arrays)."""
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


rng = np.random.RandomState(5)
def D(shape=(5, 3), dt="float32", pos=False):
    a = rng.randn(*shape)
    return nd.array(np.abs(a) + 0.1 if pos else a, dtype=dt)
def RSP(rows=(0, 3), shape=(5, 3), dt="float32"):
    return nd.sparse.row_sparse_array((rng.randn(len(rows), shape[1]), np.array(rows, dtype="int64")), shape=shape, dtype=dt)
OPS = {
 "sgd_update": ("w g", dict(lr=0.1)),
 "sgd_mom_update": ("w g m", dict(lr=0.1, momentum=0.9)),
 "mp_sgd_update": ("W g w32", dict(lr=0.1)),
 "mp_sgd_mom_update": ("W g m w32", dict(lr=0.1, momentum=0.9)),
 "adam_update": ("w g m v", dict(lr=0.1)),
 "ftrl_update": ("w g z n", dict(lr=0.1)),
 "sparse.adagrad_update": ("w g h", dict(lr=0.1)),
 "contrib.group_adagrad_update": ("w g H", dict(lr=0.1)),
 "signum_update": ("w g m", dict(lr=0.1)),
 "rmsprop_update": ("w g n", dict(lr=0.1)),
 "nag_mom_update": ("w g m", dict(lr=0.1, momentum=0.9)),
}
def getop(n):
    mod = nd
    for part in n.split(".")[:-1]:
        mod = getattr(mod, part)
    return getattr(mod, n.split(".")[-1])
def build(kinds, wst, gst, sst, rows):
    out = []
    for k in kinds.split():
        if k == "w": a = D(); a = a.tostype("row_sparse") if wst == "rsp" else a
        elif k == "W": a = D(dt="float16"); a = a.tostype("row_sparse") if wst == "rsp" else a
        elif k == "g": a = RSP(rows) if gst == "rsp" else (D() if gst == "dense" else D().tostype("csr"))
        elif k == "w32": a = D(); a = a.tostype("row_sparse") if sst == "rsp" else a
        elif k == "H": a = D((5, 1), pos=True); a = a.tostype("row_sparse") if sst == "rsp" else a
        else: a = D(pos=k in "vnh"); a = a.tostype("row_sparse") if sst == "rsp" else a
        out.append(a)
    if "W" in kinds.split():
        out[1] = out[1].astype("float16") if gst == "dense" else RSP(rows, dt="float16")
    return out
for name, (kinds, attrs) in OPS.items():
    for wst, gst, sst in [("dense", "rsp", "dense"), ("rsp", "rsp", "rsp"), ("rsp", "rsp", "dense"), ("dense", "rsp", "rsp"), ("rsp", "dense", "rsp"), ("dense", "csr", "dense"), ("rsp", "rsp", "rsp")]:
        for rows in [(0, 3), ()]:
            for lazy in [True, False]:
                def body(name=name, kinds=kinds, attrs=attrs, wst=wst, gst=gst, sst=sst, rows=rows, lazy=lazy):
                    a = build(kinds, wst, gst, sst, rows)
                    kw = dict(attrs)
                    if name not in ("sparse.adagrad_update", "contrib.group_adagrad_update", "rmsprop_update", "signum_update", "nag_mom_update"):
                        kw["lazy_update"] = lazy
                    elif not lazy:
                        return "skip"
                    r = getop(name)(*a, out=a[0], **kw)
                    return [fmt(x) for x in a]
                run(f"{name} w={wst} g={gst} s={sst} rows={rows} lazy={lazy}", body)
    def noout(name=name, kinds=kinds, attrs=attrs):
        a = build(kinds, "dense", "rsp", "dense", (1,))
        return fmt(getop(name)(*a, **attrs))
    run(f"{name} rsp no out", noout)
    def outother(name=name, kinds=kinds, attrs=attrs):
        a = build(kinds, "rsp", "rsp", "rsp", (1,))
        o = a[0].copy()
        return fmt(getop(name)(*a, out=o, **attrs))
    run(f"{name} rsp out other", outother)
