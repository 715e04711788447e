"""Losses given inputs that do not fit (a sample weight that does not broadcast, a label of another size or dtype,
float64 CTC activations, PoissonNLLLoss(compute_full) while recording): MXNet's words, called alone and
hybridized, legacy and under npx.set_np()."""
import re

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

L = gluon.loss


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)       # a graph node's time and source line
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", np.round(r.asnumpy(), 5).tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:  # noqa: BLE001
        print(label, "->", words(e))


def recorded(loss, *args):
    xs = [a.copy() for a in args]
    xs[0].attach_grad()
    with autograd.record():
        out = loss(*xs)
    out.backward()
    return xs[0].grad


def cases(array, tag):
    pred, label = array(np.arange(8).reshape(4, 2) / 8), array(np.ones((4, 2)))
    for hybrid in (False, True):
        name = f"{tag} {'hybrid' if hybrid else 'call'}"
        for cls in (L.L2Loss, L.L1Loss, L.HuberLoss, L.SigmoidBCELoss, L.LogisticLoss, L.HingeLoss):
            loss = cls(prefix=cls.__name__.lower() + "_")
            if hybrid:
                loss.hybridize()
            attempt(f"{name} {cls.__name__} weight (5, 2)", lambda: loss(pred, label, array(np.ones((5, 2)))))
            attempt(f"{name} {cls.__name__} weight (4,)", lambda: loss(pred, label, array(np.ones((4,)))))
            attempt(f"{name} {cls.__name__} weight (4, 1)", lambda: loss(pred, label, array(np.ones((4, 1)))))
            attempt(f"{name} {cls.__name__} float64 label", lambda: loss(pred, label.astype("float64")))
            attempt(f"{name} {cls.__name__} float16 weight", lambda: loss(pred, label, array(np.ones((4, 1))).astype("float16")))
            attempt(f"{name} {cls.__name__} recorded (5, 2)", lambda: recorded(loss, pred, label, array(np.ones((5, 2)))))
        sce = L.SoftmaxCELoss(prefix="sce_")
        if hybrid:
            sce.hybridize()
        attempt(f"{name} SoftmaxCE weight (3, 1)", lambda: sce(pred, array(np.zeros(4)), array(np.ones((3, 1)))))
        attempt(f"{name} SoftmaxCE dense label (4, 3)", lambda: L.SoftmaxCELoss(sparse_label=False)(pred, array(np.ones((4, 3)))))


cases(nd.array, "nd")
for train in (False, True):
    def called(loss, label_shape, *more):
        with autograd.record(train_mode=train):
            return loss(nd.ones((2, 4)), nd.ones(label_shape), *more)
    for cls in (L.L2Loss, L.L1Loss, L.HingeLoss, L.PoissonNLLLoss):
        attempt(f"train_mode={train} {cls.__name__} label (3, 4)", lambda: called(cls(), (3, 4)))
        attempt(f"train_mode={train} {cls.__name__} label (2, 2)", lambda: called(cls(), (2, 2)))
    attempt(f"train_mode={train} TripletLoss positive (8,)", lambda: called(L.TripletLoss(), (8,), nd.ones((2, 4))))
    attempt(f"train_mode={train} TripletLoss positive (2, 2)", lambda: called(L.TripletLoss(), (2, 2), nd.ones((2, 4))))
for dtype in ("float16", "float64", "int32"):
    data = nd.array(np.linspace(-1, 1, 24).reshape(2, 4, 3), dtype=dtype)
    attempt(f"CTC {dtype} activations", lambda: L.CTCLoss()(data, nd.array([[0, 1], [1, -1]], dtype=dtype)))
data = nd.array(np.linspace(-1, 1, 24).reshape(2, 4, 3))
attempt("CTC int32 data lengths", lambda: L.CTCLoss()(data, nd.array([[0, 1], [1, 0]]), nd.array([4, 3], dtype="int32")))
attempt("CTC float64 label lengths", lambda: L.CTCLoss()(data, nd.array([[0, 1], [1, 0]]), None,
                                                        nd.array([2, 1], dtype="float64")))
attempt("CTC float64 label and lengths", lambda: L.CTCLoss()(data, nd.array([[0, 1], [1, 0]], dtype="float64"), None,
                                                            nd.array([2, 1], dtype="float64")))
attempt("Poisson full recorded", lambda: recorded(L.PoissonNLLLoss(compute_full=True), nd.ones((2, 3)), nd.full((2, 3), 2)))
attempt("Poisson full", lambda: L.PoissonNLLLoss(compute_full=True)(nd.ones((2, 3)), nd.full((2, 3), 2)))
mx.npx.set_np()
cases(mx.np.array, "np")
