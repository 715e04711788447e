"""Under npx.set_np() a loss (or parameterless layer) MXNet computes with legacy operators, given legacy NDArrays, computes and has its legacy output refused by Block's output check; the NumPy-path losses refuse them at their first npx operator."""
import mxnet as mx
from mxnet import gluon, nd

mx.npx.set_np()
L = gluon.loss
a, b, w = nd.array([[0.2, 0.8], [0.6, 0.4]]), nd.array([[0., 1.], [1., 0.]]), nd.array([[1.], [2.]])
blocks = {
    "L2Loss": (L.L2Loss, [a, b]), "SigmoidBCELoss": (L.SigmoidBCELoss, [a, b, w]),
    "KLDivLoss": (L.KLDivLoss, [a, b, w]), "HuberLoss": (L.HuberLoss, [a, b]), "HingeLoss": (L.HingeLoss, [a, b, w]),
    "SquaredHingeLoss": (L.SquaredHingeLoss, [a, b]), "LogisticLoss": (L.LogisticLoss, [a, b]),
    "PoissonNLLLoss": (L.PoissonNLLLoss, [a, b, w]), "TripletLoss": (L.TripletLoss, [a, b, a]),
    "CosineEmbeddingLoss": (L.CosineEmbeddingLoss, [a, b, nd.array([1, -1])]),
    "CTCLoss": (L.CTCLoss, [nd.ones((2, 3, 4)), nd.ones((2, 2))]), "SDMLLoss": (L.SDMLLoss, [a, b]),
    "ReflectionPad2D": (lambda: gluon.nn.ReflectionPad2D(1), [nd.ones((1, 1, 2, 2))]),
    "HybridLambda": (lambda: gluon.nn.HybridLambda("tanh"), [a]),
}
for name, (make, inputs) in blocks.items():
    try:
        out = make()(*inputs)
        print(name, "->", type(out).__name__, out.shape)
    except TypeError as e:
        print(name, "TypeError", str(e).split(" output type")[0][:120])
