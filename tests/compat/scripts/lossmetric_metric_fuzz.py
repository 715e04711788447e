# Random mx.metric sessions: every metric (created by class, name, list or callable) updated several times with
# NDArray / numpy / list batches of several shapes and dtypes; values (14 digits) and their types, error classes
import random

import warnings

import numpy as np
import mxnet as mx
from mxnet import nd

SEED = 11
N = 80
warnings.simplefilter("ignore")      # numpy's divide-by-zero notes go to stderr in either
r = random.Random(SEED)
rs = np.random.RandomState(SEED)


def fmt(v):
    if isinstance(v, (list, tuple)):
        return type(v).__name__ + "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, (float, np.floating)):     # 14 digits: NumPy's float64 log/exp (MXNet's metrics use them)
        return f"{type(v).__name__}:{float(v):.14g}"    # may take a SIMD loop or the C library's, by memory layout
    if isinstance(v, (int, np.integer)):
        return f"{type(v).__name__}:{int(v)!r}"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {fmt(x)}" for k, x in sorted(v.items())) + "}"
    return repr(v)


def show(tag, f):
    try:
        print(tag, "->", fmt(f()))
    except Exception as e:  # noqa
        print(tag, "!!", type(e).__name__)


def probs(n, c, dtype):
    p = rs.uniform(0.01, 1, size=(n, c))
    return (p / p.sum(1, keepdims=True)).astype(dtype)


def wrap(x, how):
    if how == "nd":
        return nd.array(x, dtype=x.dtype)
    if how == "np":
        return x
    if how == "list":
        return x.tolist()
    return x


def gen_batch(kind, kw):
    """(labels, preds) as numpy arrays lists."""
    n = r.randint(1, 6)
    dtype = r.choice(["float32", "float32", "float64", "float16"])
    nout = r.choice([1, 1, 1, 2])
    labs, prds = [], []
    for _ in range(nout):
        if kind in ("acc",):
            c = r.randint(2, 4)
            lab = rs.randint(0, c, size=(n,)).astype(r.choice(["float32", "int32"]))
            mode = r.randint(0, 4)
            if mode == 0:
                pred = probs(n, c, dtype)
            elif mode == 1:
                pred = rs.randint(0, c, size=(n,)).astype(dtype)
            elif mode == 2:
                pred = probs(n, c, dtype)
                lab = lab.reshape(n, 1)
            else:
                t = r.randint(1, 3)
                pred = rs.uniform(size=(n, c, t)).astype(dtype)
                lab = rs.randint(0, c, size=(n, t)).astype("float32")
        elif kind == "topk":
            c = r.randint(2, 6)
            lab = rs.randint(0, c, size=(n,)).astype("float32")
            pred = probs(n, c, dtype) if r.random() < 0.9 else rs.randint(0, c, size=(n,)).astype(dtype)
        elif kind in ("f1", "mcc"):
            lab = rs.randint(0, 2, size=(n,)).astype("float32")
            pred = probs(n, 2, dtype)
            if r.random() < 0.1:
                pred = probs(n, 3, dtype)
        elif kind in ("mae", "mse", "rmse", "pearsonr"):
            shp = r.choice([(n,), (n, 1), (n, 2)])
            lab = rs.uniform(-1, 1, size=shp).astype(dtype)
            pshp = shp if r.random() < 0.8 else r.choice([(n,), (n, 1), (n, 2)])
            pred = rs.uniform(-1, 1, size=pshp).astype(dtype)
        elif kind in ("ce", "nll_loss"):
            c = r.randint(2, 5)
            lab = rs.randint(0, c, size=(n,) if r.random() < 0.7 else (n, 1)).astype("float32")
            pred = probs(n, c, dtype)
            if r.random() < 0.1:
                pred[0, int(lab.ravel()[0])] = 0
        elif kind == "perplexity":
            c = r.randint(2, 5)
            if r.random() < 0.6:
                lab = rs.randint(0, c, size=(n,)).astype("float32")
                pred = probs(n, c, dtype)
            else:
                t = r.randint(1, 3)
                lab = rs.randint(0, c, size=(n, t)).astype("float32")
                p = rs.uniform(0.01, 1, size=(n, t, c))
                pred = (p / p.sum(-1, keepdims=True)).astype(dtype)
        elif kind == "pcc":
            c = r.randint(2, 5)
            lab = rs.randint(0, c, size=(n,)).astype("float32")
            pred = probs(n, c, dtype) if r.random() < 0.7 else rs.randint(0, c, size=(n,)).astype("float32")
        elif kind in ("loss", "torch", "caffe"):
            lab = rs.uniform(size=(n,)).astype(dtype)
            pred = rs.uniform(0, 3, size=r.choice([(n,), (n, 2), (1,)])).astype(dtype)
        else:   # custom
            lab = rs.randint(0, 3, size=(n,)).astype("float32")
            pred = probs(n, 3, dtype)
        labs.append(lab)
        prds.append(pred)
    if r.random() < 0.05:
        prds.append(prds[0])    # extra output
    return labs, prds


def feval_acc(label, pred):
    return (pred.argmax(1) == label).mean()


def feval_pair(label, pred):
    return float(np.abs(pred.max(1) - label).sum()), len(label)


KINDS = ["acc", "topk", "f1", "mcc", "mae", "mse", "rmse", "ce", "nll_loss", "perplexity", "pearsonr", "pcc",
         "loss", "torch", "caffe", "custom", "np", "composite"]


def make(kind):
    kw = {}
    if kind == "acc":
        if r.random() < 0.3:
            kw["axis"] = r.choice([1, -1, 0])
        how = r.choice(["cls", "create", "create_name"])
    if kind == "topk":
        kw["top_k"] = r.choice([2, 3, 5])
    if kind in ("f1", "mcc", "pearsonr"):
        if r.random() < 0.6:
            kw["average"] = r.choice(["micro", "macro"])
    if kind in ("ce", "nll_loss") and r.random() < 0.4:
        kw["eps"] = r.choice([1e-3, 0.0, 1e-8])
    if kind == "perplexity":
        kw["ignore_label"] = r.choice([None, 0, 1])
        if r.random() < 0.3:
            kw["axis"] = -1
    if r.random() < 0.2:
        kw["name"] = "m_" + kind
    if r.random() < 0.2:
        kw["output_names"] = ["out0"]
        kw["label_names"] = ["lab0"]
    if kind == "custom":
        fe = r.choice([feval_acc, feval_pair, lambda l, p: float(p.sum())])
        return mx.metric.CustomMetric(fe, allow_extra_outputs=r.random() < 0.5,
                                      **{k: v for k, v in kw.items() if k == "name"}), "custom"
    if kind == "np":
        return mx.metric.np(feval_acc, allow_extra_outputs=r.random() < 0.5), "custom"
    if kind == "composite":
        subs = r.sample(["acc", "mae", "ce", "f1", "top_k_accuracy"], 2)
        if "top_k_accuracy" in subs:
            return None, None
        return mx.metric.create(subs), "acc" if "acc" in subs else "ce"
    how = r.choice(["create", "create", "cls"])
    if how == "create":
        return mx.metric.create(kind, **kw), kind
    cls = {"acc": mx.metric.Accuracy, "topk": mx.metric.TopKAccuracy, "f1": mx.metric.F1, "mcc": mx.metric.MCC,
           "mae": mx.metric.MAE, "mse": mx.metric.MSE, "rmse": mx.metric.RMSE, "ce": mx.metric.CrossEntropy,
           "nll_loss": mx.metric.NegativeLogLikelihood, "perplexity": mx.metric.Perplexity,
           "pearsonr": mx.metric.PearsonCorrelation, "pcc": mx.metric.PCC, "loss": mx.metric.Loss,
           "torch": mx.metric.Torch, "caffe": mx.metric.Caffe}[kind]
    return cls(**kw), kind


def session(i):
    kind = r.choice(KINDS)
    try:
        m, gen = make(kind if kind != "topk" else "top_k_accuracy") if kind == "topk" else make(kind)
    except Exception as e:  # noqa
        print(i, kind, "make !!", type(e).__name__)
        return
    if m is None:
        return
    if kind == "topk":
        gen = "topk"
    print(i, kind, "metric", type(m).__name__, m.name)
    show("  str", lambda: str(m))
    show("  get0", m.get)
    for step in range(r.randint(1, 4)):
        labs, prds = gen_batch(gen, {})
        how = r.choice(["nd", "nd", "nd", "np", "list"])
        single = len(labs) == 1 and len(prds) == 1 and r.random() < 0.3
        L = [wrap(x, how) for x in labs]
        P = [wrap(x, how) for x in prds]
        if single:
            L, P = L[0], P[0]
        print("  update", how, "single" if single else "", [x.shape for x in labs], [x.dtype.name for x in labs],
              [x.shape for x in prds], [x.dtype.name for x in prds])
        if r.random() < 0.15:
            show("  update_dict", lambda: m.update_dict({"lab0": L if single else L[0], "x": L if single else L[0]},
                                                        {"out0": P if single else P[0], "y": P if single else P[0]}))
        else:
            show("  update", lambda: m.update(L, P))
        show("  get", m.get)
        show("  get_global", m.get_global)
        show("  num_inst", lambda: (m.num_inst, m.global_num_inst) if not isinstance(m, mx.metric.CompositeEvalMetric)
             else None)
        show("  sum", lambda: (m.sum_metric, m.global_sum_metric) if not isinstance(m, mx.metric.CompositeEvalMetric)
             else None)
        if r.random() < 0.3:
            m.reset_local()
            show("  after reset_local get", m.get)
            show("  after reset_local get_global", m.get_global)
    show("  name_value", m.get_name_value)
    show("  global_name_value", m.get_global_name_value)
    show("  str", lambda: str(m))
    show("  config", lambda: {k: v for k, v in m.get_config().items() if k != "metrics"})
    m.reset()
    show("  after reset", m.get)
    show("  after reset global", m.get_global)


for i in range(N):
    session(i)
