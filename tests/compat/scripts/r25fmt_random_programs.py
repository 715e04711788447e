"""Random mx.metric programs: metrics made by class, name, list, callable or composite, then a random sequence of
update (NDArray / numpy / list batches of several dtypes and shapes, some mismatched), update_dict, get, get_global,
the name-value lists, reset, reset_local, str, the running sums and get_config
values with their types and every
digit, refusals in MXNet's words, and the warnings each step gives."""
# recorded on AVX2
import random
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

SEED = 25
NPROG = 160
r = random.Random(SEED)
rs = np.random.RandomState(SEED)


def fmt(v):
    if isinstance(v, (list, tuple)):
        return type(v).__name__ + "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {fmt(x)}" for k, x in v.items()) + "}"
    if isinstance(v, (float, int, np.generic)):
        return f"{type(v).__name__}:{v!r}"
    if callable(v):
        return "<fn>"
    return repr(v)


def show(tag, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(tag, "->", fmt(f()))
        except Exception as e:  # noqa
            print(tag, "!!", words(e))
    for w in caught:
        print("   warn", w.category.__name__, str(w.message))


def feval_mean(label, pred):
    return float(np.abs(label.ravel()[:1] - pred.ravel()[:1]).sum())


def feval_pair(label, pred):
    return (pred.size * 0.5, pred.shape[0])


def feval_np32(label, pred):
    return np.float32(label.sum() + pred.sum())


KINDS = ["acc", "acc0", "topk", "f1", "f1micro", "mcc", "mccmicro", "mae", "mse", "rmse", "ce", "nll", "ppl",
         "pplig", "pear", "pearmicro", "pcc", "loss", "torch", "caffe", "custom", "customx", "np", "comp",
         "create_name", "create_list", "create_fn"]


def make(kind):
    if kind == "acc":
        return "Accuracy()", mx.metric.Accuracy()
    if kind == "acc0":
        ax = r.choice([0, 1, -1])
        return f"Accuracy(axis={ax})", mx.metric.Accuracy(axis=ax)
    if kind == "topk":
        k = r.choice([2, 3, 5])
        return f"TopKAccuracy({k})", mx.metric.TopKAccuracy(top_k=k)
    if kind == "f1":
        return "F1()", mx.metric.F1()
    if kind == "f1micro":
        return "F1(micro)", mx.metric.F1(average="micro")
    if kind == "mcc":
        return "MCC()", mx.metric.MCC()
    if kind == "mccmicro":
        return "MCC(micro)", mx.metric.MCC(average="micro")
    if kind == "mae":
        return "MAE()", mx.metric.MAE()
    if kind == "mse":
        return "MSE()", mx.metric.MSE()
    if kind == "rmse":
        return "RMSE()", mx.metric.RMSE()
    if kind == "ce":
        e = r.choice([1e-12, 1e-3, 0.0])
        return f"CE({e})", mx.metric.CrossEntropy(eps=e)
    if kind == "nll":
        return "NLL()", mx.metric.NegativeLogLikelihood()
    if kind == "ppl":
        return "Perplexity(None)", mx.metric.Perplexity(ignore_label=None)
    if kind == "pplig":
        ig = r.choice([0, 1, 2])
        ax = r.choice([-1, 1])
        return f"Perplexity({ig},{ax})", mx.metric.Perplexity(ignore_label=ig, axis=ax)
    if kind == "pear":
        return "Pearson()", mx.metric.PearsonCorrelation()
    if kind == "pearmicro":
        return "Pearson(micro)", mx.metric.PearsonCorrelation(average="micro")
    if kind == "pcc":
        return "PCC()", mx.metric.PCC()
    if kind == "loss":
        return "Loss()", mx.metric.Loss()
    if kind == "torch":
        return "Torch()", mx.metric.Torch()
    if kind == "caffe":
        return "Caffe()", mx.metric.Caffe()
    if kind == "custom":
        f = r.choice([feval_mean, feval_pair, feval_np32])
        return f"Custom({f.__name__})", mx.metric.CustomMetric(f)
    if kind == "customx":
        return "Custom(extra)", mx.metric.CustomMetric(feval_pair, name="cx", allow_extra_outputs=True)
    if kind == "np":
        f = r.choice([feval_mean, feval_pair])
        return f"np({f.__name__})", mx.metric.np(f)
    if kind == "comp":
        c = mx.metric.CompositeEvalMetric()
        names = r.sample(["acc", "ce", "mse", "mae", "f1", "nll_loss", "top_k_accuracy", "pearsonr", "loss"], 2)
        for n in names:
            if n == "top_k_accuracy":
                c.add(mx.metric.create(n, top_k=2))
            else:
                c.add(n)
        return f"Composite({names})", c
    if kind == "create_name":
        n = r.choice(["acc", "accuracy", "ce", "nll_loss", "mse", "rmse", "mae", "f1", "mcc", "pcc", "loss",
                      "perplexity", "top_k_accuracy", "pearsonr", "composite", "Accuracy", "MSE"])
        kw = {}
        if n == "perplexity":
            kw = {"ignore_label": None}
        if n == "top_k_accuracy":
            kw = {"top_k": 3}
        return f"create({n})", mx.metric.create(n, **kw)
    if kind == "create_list":
        names = r.sample(["acc", "ce", "mse", "mae", "f1", "nll_loss", "rmse", "mcc"], r.randint(1, 3))
        return f"create({names})", mx.metric.create(names)
    if kind == "create_fn":
        return "create(fn)", mx.metric.create(feval_mean, name=r.choice([None, "myf"]))


def label_arr(n, c, binary):
    hi = 2 if binary else c
    lab = rs.randint(0, hi, size=n)
    dt = r.choice(["float32", "float32", "float64", "int32", "int64", "uint8"])
    shp = r.choice(["1d", "1d", "2d"])
    a = lab.astype(dt)
    if shp == "2d":
        a = a.reshape(n, 1)
    return a


def pred_arr(n, c, mode):
    dt = r.choice(["float32", "float32", "float64", "float16"])
    if mode == "prob":
        p = rs.uniform(0.01, 1, size=(n, c))
        p = p / p.sum(1, keepdims=True)
        return p.astype(dt)
    if mode == "cls":
        return rs.randint(0, c, size=n).astype(dt)
    if mode == "reg":
        x = rs.normal(size=(n,) if r.random() < 0.6 else (n, 1))
        return x.astype(dt)
    if mode == "reg2":
        return rs.normal(size=(n, c)).astype(dt)


def wrap(x, how):
    if how == "nd":
        return nd.array(x, dtype=x.dtype)
    if how == "np":
        return x
    if how == "list_nd":
        return [nd.array(x, dtype=x.dtype)]
    if how == "list_np":
        return [x]
    return x


def batch(kind):
    n = r.randint(1, 7)
    c = r.choice([2, 3, 4]) if kind not in ("f1", "f1micro", "mcc", "mccmicro") else 2
    binary = kind in ("f1", "f1micro", "mcc", "mccmicro") or r.random() < 0.2
    mode = r.choice(["prob", "prob", "cls", "reg", "reg2"])
    if kind in ("mae", "mse", "rmse", "pear", "pearmicro") and r.random() < 0.7:
        mode = "reg"
    lab = label_arr(n, c, binary)
    if mode == "reg" and kind in ("mae", "mse", "rmse", "pear", "pearmicro"):
        lab = rs.normal(size=lab.shape).astype(lab.dtype if lab.dtype.kind == "f" else "float32")
    pr = pred_arr(n, c, mode)
    if r.random() < 0.1:     # a prediction more than labels
        pr = pred_arr(n + 1, c, mode)
    how = r.choice(["nd", "nd", "list_nd", "list_nd", "np", "list_np"])
    nb = r.choice([1, 1, 1, 2])
    if nb == 2 and how.startswith("list"):
        lab2 = label_arr(n, c, binary)
        if mode == "reg" and kind in ("mae", "mse", "rmse", "pear", "pearmicro"):
            lab2 = rs.normal(size=lab2.shape).astype("float32")
        pr2 = pred_arr(n, c, mode)
        L = wrap(lab, how) + wrap(lab2, how)
        P = wrap(pr, how) + wrap(pr2, how)
        if r.random() < 0.1:
            P = P[:1]
    else:
        L, P = wrap(lab, how), wrap(pr, how)
    desc = f"{how}:L{lab.dtype}{lab.shape}:P{mode}{pr.dtype}{pr.shape}x{nb}"
    return desc, L, P


OPS = ["update"] * 6 + ["get", "get", "get_global", "get_name_value", "get_global_name_value", "reset",
                        "reset_local", "str", "attrs", "update_dict", "get_config"]

for prog in range(NPROG):
    kind = r.choice(KINDS)
    try:
        name, m = make(kind)
    except Exception as e:
        print(f"P{prog} make {kind} !!", words(e))
        continue
    print(f"P{prog} {name} name={m.name!r}")
    for step in range(r.randint(3, 10)):
        op = r.choice(OPS)
        tag = f"P{prog}.{step} {op}"
        if op == "update":
            desc, L, P = batch(kind)
            show(tag + " " + desc, lambda: m.update(L, P))
        elif op == "update_dict":
            desc, L, P = batch(kind)
            Ld = {"softmax_label": L[0] if isinstance(L, list) else L}
            Pd = {"softmax_output": P[0] if isinstance(P, list) else P}
            show(tag + " " + desc, lambda: m.update_dict(Ld, Pd))
        elif op == "str":
            show(tag, lambda: str(m))
        elif op == "attrs":
            show(tag, lambda: (m.sum_metric, m.num_inst, m.global_sum_metric, m.global_num_inst))
        elif op == "get_config":
            show(tag, lambda: m.get_config())
        else:
            show(tag, getattr(m, op))
