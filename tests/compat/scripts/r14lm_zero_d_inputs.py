"""0-d legacy NDArrays (shape (), which legacy shape semantics read as unknown) fed to operators, losses and the
Loss metric: each fails its operator's shape inference, in MXNet's words."""
import re

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


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
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:  # noqa: BLE001
        print(label, "->", words(e))


def inference_report(label, fn):
    """The shape-inference failure as MXNet reports it: input and output shapes (None: unknown), attributes."""
    try:
        fn()
    except mx.base.MXNetError as e:
        lines = str(e).splitlines()
        start = next(i for i, line in enumerate(lines) if "inferring shapes failed" in line)
        report = [lines[start].replace("MXNetError: ", "")]
        for line in lines[start + 1:]:
            if not (line in ("input shapes:", "output shapes:", "operator attributes:", "None")
                    or line.startswith("[") or " : " in line):
                break
            report.append(line)
        print(label, "->", " | ".join(report))


z = nd.array(np.float32(3))
a = nd.ones((2, 3))
print("shape", z.shape, z.ndim, z.size)
attempt("sum", lambda: nd.sum(z))
attempt("sum axis", lambda: nd.sum(z, axis=0))
attempt("exp", lambda: nd.exp(z))
attempt("z + 1", lambda: z + 1)
attempt("1 - z", lambda: 1 - z)
attempt("z * a", lambda: z * a)
attempt("a * z", lambda: a * z)
attempt("broadcast_mul", lambda: nd.broadcast_mul(a, z))
attempt("zeros_like", lambda: nd.zeros_like(z))
attempt("softmax", lambda: nd.softmax(z))
attempt("dot", lambda: nd.dot(z, z))
for name, loss in [("L2", gluon.loss.L2Loss()), ("L1", gluon.loss.L1Loss()), ("Huber", gluon.loss.HuberLoss()),
                   ("Hinge", gluon.loss.HingeLoss()), ("BCE", gluon.loss.SigmoidBCELoss())]:
    attempt(name + " 0-d sample_weight", lambda: loss(a, a, z))
    attempt(name + " 0-d pred and label", lambda: loss(z, z))
    pred = nd.ones((2, 3))
    pred.attach_grad()

    def recorded():
        with autograd.record():
            out = loss(pred, a, z)
        out.backward()
        return pred.grad
    attempt(name + " recorded 0-d sample_weight", recorded)
metric = mx.metric.Loss()
attempt("Loss metric 0-d", lambda: metric.update(None, [z]))
attempt("Loss metric after", lambda: (metric.get(), metric.num_inst))
attempt("Loss metric 1-d", lambda: metric.update(None, [nd.array([2.5])]))
attempt("Loss metric after 1-d", lambda: (metric.get(), metric.num_inst))
inference_report("report z + 2", lambda: z + 2)
inference_report("report a * z", lambda: a * z)
inference_report("report softmax", lambda: nd.softmax(z, axis=-1))
inference_report("report dot", lambda: nd.dot(z, z))
inference_report("report L2", lambda: gluon.loss.L2Loss()(a, a, z))
