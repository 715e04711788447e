# Gluon losses given legacy mx.sym symbols under npx.set_np(): the npx.reshape_like of the label refuses them
# (as MXNet's), the losses that reshape nothing build their graphs; np symbols build every loss's graph
# recorded on AVX2
import mxnet as mx
from mxnet import gluon, npx

from _words import words

L = gluon.loss
CASES = [("Huber", L.HuberLoss, 2), ("Hinge", L.HingeLoss, 2), ("SqHinge", L.SquaredHingeLoss, 2),
         ("Logistic", L.LogisticLoss, 2), ("Triplet", L.TripletLoss, 3), ("Poisson", L.PoissonNLLLoss, 2),
         ("PoissonFull", lambda: L.PoissonNLLLoss(from_logits=False, compute_full=True), 2),
         ("Cosine", L.CosineEmbeddingLoss, 3), ("SCE", L.SoftmaxCELoss, 2), ("KL", L.KLDivLoss, 2),
         ("KLsoftmax", lambda: L.KLDivLoss(from_logits=False), 2), ("CTC", L.CTCLoss, 2), ("SDML", L.SDMLLoss, 2)]

npx.set_np()
for kind in ("legacy", "np"):
    for name, make, n_in in CASES:
        for weighted in (False, True):
            if weighted and name in ("Triplet", "SDML"):
                continue
            syms = [mx.sym.var(n) for n in ["p", "l", "m"][:n_in] + (["w"] if weighted else [])]
            if kind == "np":
                syms = [s.as_np_ndarray() for s in syms]
            if name == "CTC" and weighted:
                syms = syms[:2] + [None, None] + syms[2:]
            try:
                out = make()(*syms)
                print(kind, name, weighted, type(out).__name__, out.list_arguments())
            except Exception as e:      # noqa: BLE001  (the refusal is the result)
                print(kind, name, weighted, words(e))
