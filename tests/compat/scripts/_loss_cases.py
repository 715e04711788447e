"""Random gluon.loss cases shared by the lossmetric_loss_* scripts: generation and the printed result."""
import random

import numpy as np
from mxnet import autograd, gluon

L = gluon.loss


def rshape(r, lo=1, hi=4, maxd=4):
    nd_ = r.randint(lo, hi)
    return tuple(r.randint(1, maxd) for _ in range(nd_))


def weight_shape(r, shape):
    """a sample_weight shape: broadcastable or not."""
    c = r.randint(0, 6)
    if c == 0:
        return None
    if c == 1:
        return shape
    if c == 2:
        return tuple([shape[0]] + [1] * (len(shape) - 1))
    if c == 3:
        return (1,)
    if c == 4:
        return tuple(1 if r.random() < 0.5 else s for s in shape)
    return tuple(s + 1 for s in shape)   # bad


def gen_case(r, rs, kinds):
    kind = r.choice(kinds)
    dtype = r.choice(["float32", "float32", "float64", "float16"])
    hyb = r.random() < 0.4
    kw = {}
    if r.random() < 0.4:
        kw["weight"] = r.choice([0.5, 2, 1.7, -1.0, 3.25])
    shape = rshape(r)
    ba = 0
    if len(shape) >= 2 and r.random() < 0.3:
        ba = r.choice([1, -1])
    if kind not in ("CTC",) and r.random() < 0.3:
        kw["batch_axis"] = ba
    inputs = []
    call_kw = {}

    def a(shape_, lo=-2, hi=2):
        return rs.uniform(lo, hi, size=shape_)

    def lab_shape(s):
        c = r.randint(0, 4)
        if c == 0 and len(s) == 2 and s[1] == 1:
            return (s[0],)
        if c == 1:
            return (int(np.prod(s)),)   # reshape-able
        if c == 2 and r.random() < 0.3:
            return tuple(x + 1 for x in s)   # bad
        return s

    if kind in ("L2", "L1", "Huber", "Hinge", "SqHinge", "Logistic", "BCE", "Poisson"):
        if r.random() < 0.3:
            shape = (shape[0], 1)
        ls = lab_shape(shape)
        pred = a(shape)
        if kind in ("Hinge", "SqHinge"):
            lab = rs.choice([-1.0, 1.0], size=ls)
            if r.random() < 0.5:
                kw["margin"] = r.choice([0.5, 2, 0])
        elif kind == "Logistic":
            fmt = r.choice(["signed", "binary", "bad"] if r.random() < 0.1 else ["signed", "binary"])
            kw["label_format"] = fmt
            lab = rs.choice([-1.0, 1.0] if fmt == "signed" else [0.0, 1.0], size=ls)
        elif kind == "BCE":
            fs = r.random() < 0.5
            kw["from_sigmoid"] = fs
            if fs:
                pred = rs.uniform(0.01, 0.99, size=shape)
            lab = rs.choice([0.0, 1.0], size=ls) if r.random() < 0.7 else rs.uniform(0, 1, size=ls)
            if r.random() < 0.4:
                pw = r.choice([shape[-1:], shape, (1,)])
                inputs_pw = rs.uniform(0.5, 3, size=pw)
                call_kw["pos_weight"] = inputs_pw
        elif kind == "Poisson":
            fl = r.random() < 0.5
            kw["from_logits"] = fl
            kw["compute_full"] = r.random() < 0.4
            if not fl:
                pred = rs.uniform(0.1, 3, size=shape)
            lab = rs.randint(0, 5, size=ls).astype(float)
            if r.random() < 0.2:
                call_kw["epsilon"] = 1e-3
        elif kind == "Huber":
            if r.random() < 0.6:
                kw["rho"] = r.choice([0.5, 2, 1.5])
            lab = a(ls)
        else:
            lab = a(ls)
        inputs = [("pred", pred), ("label", lab)]
        ws = weight_shape(r, shape)
        if ws is not None:
            inputs.append(("sample_weight", rs.uniform(0, 2, size=ws)))
    elif kind == "SCE":
        C = r.randint(2, 5)
        nd_ = r.randint(2, 4)
        shape = tuple(r.randint(1, 4) for _ in range(nd_ - 1)) + (C,)
        axis = r.choice([-1, -1, 1, 0]) if nd_ >= 2 else -1
        kw["axis"] = axis
        sparse = r.random() < 0.6
        kw["sparse_label"] = sparse
        fl = r.random() < 0.3
        kw["from_logits"] = fl
        pred = a(shape)
        ax = axis % len(shape)
        if sparse:
            ls = shape[:ax] + shape[ax + 1:]
            if r.random() < 0.3:
                ls = shape[:ax] + (1,) + shape[ax + 1:]
            lab = rs.randint(0, shape[ax], size=ls).astype(float)
        else:
            lab = rs.uniform(0, 1, size=shape)
            lab = lab / lab.sum(axis=ax, keepdims=True)
        inputs = [("pred", pred), ("label", lab)]
        ws = weight_shape(r, shape[:ax] + (1,) + shape[ax + 1:])
        if ws is not None:
            inputs.append(("sample_weight", rs.uniform(0, 2, size=ws)))
    elif kind == "KL":
        fl = r.random() < 0.5
        kw["from_logits"] = fl
        if r.random() < 0.4 and len(shape) >= 2:
            kw["axis"] = r.choice([0, 1, -1])
        p = rs.uniform(0.05, 1, size=shape)
        p = p / p.sum(axis=-1, keepdims=True)
        pred = np.log(p) if fl else a(shape)
        lab = rs.uniform(0.05, 1, size=shape)
        lab = lab / lab.sum(axis=-1, keepdims=True)
        inputs = [("pred", pred), ("label", lab)]
        ws = weight_shape(r, shape)
        if ws is not None:
            inputs.append(("sample_weight", rs.uniform(0, 2, size=ws)))
    elif kind == "CTC":
        N, T, C = r.randint(1, 4), r.randint(2, 7), r.randint(2, 6)
        lay = r.choice(["NTC", "TNC"])
        llay = r.choice(["NT", "TN"])
        kw["layout"] = lay
        kw["label_layout"] = llay
        Lmax = r.randint(1, max(1, T // 2))
        pad = r.choice([-1, 0])
        lab = np.full((N, Lmax), float(pad))
        lens = []
        for i in range(N):
            ln = r.randint(1, Lmax)
            lab[i, :ln] = rs.randint(0, C - 1, size=ln) + (1 if pad == 0 else 0)
            lens.append(ln)
        lab = np.minimum(lab, C - 2)
        pred = a((N, T, C))
        if lay == "TNC":
            pred = pred.transpose(1, 0, 2)
        if llay == "TN":
            lab = lab.T
        inputs = [("pred", pred), ("label", lab)]
        if r.random() < 0.5:
            inputs.append(("pred_lengths", np.array([r.randint(Lmax * 2 if Lmax * 2 <= T else T, T)
                                                     for _ in range(N)], dtype=float)))
        else:
            inputs.append(("pred_lengths", None))
        if r.random() < 0.5:
            inputs.append(("label_lengths", np.array(lens, dtype=float)))
        else:
            inputs.append(("label_lengths", None))
        if r.random() < 0.3:
            inputs.append(("sample_weight", rs.uniform(0, 2, size=(N,) if r.random() < 0.5 else (1,))))
        if inputs[2][1] is None and inputs[3][1] is None and len(inputs) == 4:
            inputs = inputs[:2]
    elif kind == "Triplet":
        if r.random() < 0.5:
            kw["margin"] = r.choice([0.1, 2, 0])
        inputs = [("pred", a(shape)), ("positive", a(shape)), ("negative", a(shape if r.random() < 0.8 else
                                                                             (int(np.prod(shape)),)))]
    elif kind == "Cosine":
        N, D = r.randint(1, 5), r.randint(1, 5)
        if r.random() < 0.5:
            kw["margin"] = r.choice([0.1, 0.5, -0.2])
        s1 = (N, D)
        inputs = [("input1", a(s1)), ("input2", a(s1)), ("label", rs.choice([-1.0, 1.0], size=(N,)))]
        ws = r.choice([None, (N, 1), (1,), (N,)])
        if ws is not None:
            inputs.append(("sample_weight", rs.uniform(0, 2, size=ws)))
    elif kind == "SDML":
        N, D = r.randint(2, 5), r.randint(1, 5)
        if r.random() < 0.5:
            kw["smoothing_parameter"] = r.choice([0.1, 0.5, 0.0])
        inputs = [("x1", a((N, D))), ("x2", a((N, D)))]
    return dict(kind=kind, dtype=dtype, hyb=hyb, kw=kw, inputs=inputs, call_kw=call_kw)


CLS = {"L2": L.L2Loss, "L1": L.L1Loss, "BCE": L.SigmoidBinaryCrossEntropyLoss, "SCE": L.SoftmaxCrossEntropyLoss,
       "KL": L.KLDivLoss, "CTC": L.CTCLoss, "Huber": L.HuberLoss, "Hinge": L.HingeLoss,
       "SqHinge": L.SquaredHingeLoss, "Logistic": L.LogisticLoss, "Triplet": L.TripletLoss,
       "Poisson": L.PoissonNLLLoss, "Cosine": L.CosineEmbeddingLoss, "SDML": L.SDMLLoss}


def values(x, exact=True):
    """dtype, shape and every value (dtype and shape only unless ``exact``)."""
    x = x.asnumpy()
    return f"{x.dtype} {x.shape} {x.ravel().tolist() if exact else '(last bits differ by CPU ISA)'}"


def isa_dependent(case):
    """float32 log_softmax gradients differ in the last bits between AVX2 and AVX-512 builds of MXNet."""
    softmax = case["kind"] == "SDML" or case["kind"] in ("SCE", "KL") and not case["kw"]["from_logits"]
    return softmax and case["dtype"] == "float32"


def run(case, array):
    """Print the case, its value and its gradients (or the error class)."""
    print(case["kind"], case["dtype"], "hybrid" if case["hyb"] else "", case["kw"],
          [(n, None if v is None else v.shape) for n, v in case["inputs"]], sorted(case["call_kw"]))
    try:
        loss = CLS[case["kind"]](**case["kw"])
        if case["hyb"]:
            loss.hybridize()
        args = [None if v is None else array(v, dtype=case["dtype"]) for _, v in case["inputs"]]
        kwargs = {k: array(v, dtype=case["dtype"]) for k, v in case["call_kw"].items() if k != "epsilon"}
        for x in args + list(kwargs.values()):
            if x is not None:
                x.attach_grad()
        with autograd.record():
            out = loss(*args, epsilon=case["call_kw"]["epsilon"], **kwargs) if "epsilon" in case["call_kw"] \
                else loss(*args, **kwargs)
        print("  out", values(out))
        out.backward()
        for (name, _), x in zip(case["inputs"], args):
            if x is not None and not (case["kind"] == "CTC" and name != "pred"):   # MXNet leaves those unset
                print("  d" + name, values(x.grad, not isa_dependent(case)))
        for name, x in kwargs.items():
            print("  d" + name, values(x.grad))
    except Exception as e:   # noqa: BLE001  (the class is the result)
        print("  error", type(e).__name__)



def run_random(seed, ncases, kinds, array):
    """``ncases`` random cases of the losses ``kinds`` (seeded), their arrays made by ``array``."""
    r = random.Random(seed)
    rs = np.random.RandomState(seed)
    for _ in range(ncases):
        run(gen_case(r, rs, kinds), array)
