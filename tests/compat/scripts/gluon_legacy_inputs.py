"""mx.np arrays given to Gluon layers, losses and metrics that MXNet 1.9.1 computes with legacy mx.nd operators:
outside npx.set_np() all of them refuse (TypeError; ValueError when the refusal comes during deferred
initialisation), under it the layers without a NumPy-mode path still do; metrics refuse where they call
legacy operators (Accuracy's argmax, Perplexity's pick, Loss's sum)."""
import numpy as onp
import mxnet as mx
from mxnet import gluon

nd = mx.nd
gl = gluon.loss


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, (list, tuple)) and isinstance(r[0], nd.NDArray):
            r = r[0]
        if isinstance(r, nd.NDArray):
            print(f"{label}: {type(r).__name__} {r.shape} {[round(float(v), 5) for v in r.asnumpy().ravel()]}")
        else:
            print(f"{label}: {r!r}")
    except Exception as e:  # noqa: BLE001  (the class is what is compared)
        print(f"{label}: {type(e).__name__}")


def data(*shape, integer=False, kind="np"):
    a = onp.random.RandomState(0).rand(*shape).astype("float32")
    a = (a * 2).astype("int32") if integer else a
    return {"np": mx.np.array, "nd": nd.array, "numpy": lambda v: v}[kind](a)


def block(b, *inputs, hybridize=False):
    b.initialize(mx.init.One())
    if hybridize:
        b.hybridize()
    return b(*inputs)


def losses(tag, kind="np"):
    def a(*shape, integer=False):
        return data(*shape, integer=integer, kind=kind)
    show(f"{tag} L2Loss", lambda: gl.L2Loss()(a(2, 3), a(2, 3)))
    show(f"{tag} L2Loss sample_weight", lambda: gl.L2Loss()(a(2, 3), a(2, 3), a(2, 1)))
    show(f"{tag} L1Loss", lambda: gl.L1Loss()(a(2, 3), a(2, 3)))
    show(f"{tag} SoftmaxCELoss dense", lambda: gl.SoftmaxCrossEntropyLoss(sparse_label=False)(a(2, 3), a(2, 3)))
    show(f"{tag} SigmoidBCELoss", lambda: gl.SigmoidBinaryCrossEntropyLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} KLDivLoss", lambda: gl.KLDivLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} HuberLoss", lambda: gl.HuberLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} HingeLoss", lambda: gl.HingeLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} SquaredHingeLoss", lambda: gl.SquaredHingeLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} LogisticLoss", lambda: gl.LogisticLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} TripletLoss", lambda: gl.TripletLoss()(a(2, 3), a(2, 3), a(2, 3)))
    show(f"{tag} PoissonNLLLoss", lambda: gl.PoissonNLLLoss()(a(2, 3), a(2, 3)))
    show(f"{tag} CosineEmbeddingLoss", lambda: gl.CosineEmbeddingLoss()(a(2, 3), a(2, 3), a(2)))
    show(f"{tag} CTCLoss", lambda: gl.CTCLoss()(a(2, 5, 4), a(2, 2, integer=True)))
    show(f"{tag} L2Loss hybridized", lambda: block(gl.L2Loss(), a(2, 3), a(2, 3), hybridize=True))
    show(f"{tag} HuberLoss hybridized", lambda: block(gl.HuberLoss(), a(2, 3), a(2, 3), hybridize=True))


def layers(tag, kind="np"):
    def data(*shape, integer=False):
        return globals()["data"](*shape, integer=integer, kind=kind)
    show(f"{tag} Dense", lambda: block(gluon.nn.Dense(2), data(2, 3)))
    show(f"{tag} Dense in_units", lambda: block(gluon.nn.Dense(2, in_units=3), data(2, 3)))
    show(f"{tag} Dense hybridized", lambda: block(gluon.nn.Dense(2, in_units=3), data(2, 3), hybridize=True))
    show(f"{tag} Conv2D", lambda: block(gluon.nn.Conv2D(1, 2), data(1, 1, 3, 3)))
    show(f"{tag} Activation", lambda: block(gluon.nn.Activation("relu"), data(2, 3)))
    show(f"{tag} BatchNorm", lambda: block(gluon.nn.BatchNorm(), data(2, 3)))
    show(f"{tag} Dropout", lambda: block(gluon.nn.Dropout(0.5), data(2, 3)))
    show(f"{tag} Flatten", lambda: block(gluon.nn.Flatten(), data(2, 3)))
    show(f"{tag} Embedding", lambda: block(gluon.nn.Embedding(3, 2), data(2)))
    show(f"{tag} LayerNorm", lambda: block(gluon.nn.LayerNorm(), data(2, 3)))
    show(f"{tag} InstanceNorm", lambda: block(gluon.nn.InstanceNorm(in_channels=2), data(1, 2, 3)))
    show(f"{tag} ReflectionPad2D", lambda: block(gluon.nn.ReflectionPad2D(1), data(1, 1, 3, 3)))
    show(f"{tag} MaxPool2D", lambda: block(gluon.nn.MaxPool2D(), data(1, 1, 4, 4)))
    show(f"{tag} LeakyReLU", lambda: block(gluon.nn.LeakyReLU(0.1), data(2, 3)))
    show(f"{tag} PReLU", lambda: block(gluon.nn.PReLU(), data(2, 3)))
    show(f"{tag} HybridLambda", lambda: block(gluon.nn.HybridLambda("relu"), data(2)))
    show(f"{tag} Lambda", lambda: block(gluon.nn.Lambda("relu"), data(2)))
    show(f"{tag} HybridSequential empty", lambda: block(gluon.nn.HybridSequential(), data(2)))
    show(f"{tag} LSTM", lambda: block(gluon.rnn.LSTM(2, input_size=3), data(2, 1, 3)))
    show(f"{tag} LSTMCell", lambda: block(gluon.rnn.LSTMCell(2, input_size=3), data(1, 3), [data(1, 2), data(1, 2)]))
    show(f"{tag} GRUCell", lambda: block(gluon.rnn.GRUCell(2, input_size=3), data(1, 3), [data(1, 2)]))


def metrics(tag, kind="np"):
    m = mx.metric

    def a(*shape, integer=False):
        return data(*shape, integer=integer, kind=kind)

    def run(metric, labels, preds):
        metric.update(labels, preds)
        return metric.get()
    show(f"{tag} Accuracy class scores", lambda: run(m.Accuracy(), [a(2, integer=True)], [a(2, 2)]))
    show(f"{tag} Accuracy labels", lambda: run(m.Accuracy(), [a(2, integer=True)], [a(2)]))
    show(f"{tag} TopKAccuracy", lambda: run(m.TopKAccuracy(2), [a(2, integer=True)], [a(2, 3)]))
    show(f"{tag} F1", lambda: run(m.F1(), [a(2, integer=True)], [a(2, 2)]))
    show(f"{tag} MAE", lambda: run(m.MAE(), [a(2)], [a(2)]))
    show(f"{tag} CrossEntropy", lambda: run(m.CrossEntropy(), [a(2, integer=True)], [a(2, 2)]))
    show(f"{tag} Perplexity", lambda: run(m.Perplexity(None), [a(2, integer=True)], [a(2, 2)]))
    show(f"{tag} Perplexity ignore_label", lambda: run(m.Perplexity(0), [a(2, integer=True)], [a(2, 2)]))
    show(f"{tag} PearsonCorrelation", lambda: run(m.PearsonCorrelation(), [a(2)], [a(2)]))
    show(f"{tag} Loss", lambda: run(m.Loss(), None, [a(2)]))
    show(f"{tag} Loss one array", lambda: run(m.Loss(), None, a(2)))
    show(f"{tag} composite acc+mae", lambda: run(m.create(["acc", "mae"]), [a(2, integer=True)], [a(2, 2)]))


losses("legacy mode, mx.np")
layers("legacy mode, mx.np")
metrics("legacy mode, mx.np")
metrics("legacy mode, numpy", kind="numpy")
losses("legacy mode, numpy", kind="numpy")
losses("legacy mode, nd", kind="nd")
metrics("legacy mode, nd", kind="nd")


class Twice(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x * 2


class ReluPlus(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return F.relu(x) + y, x * 2


show("legacy mode, mx.np user block hybridized", lambda: block(Twice(), mx.np.ones((2, 3)), hybridize=True))
show("legacy mode, mx.np user block with relu hybridized",
     lambda: block(ReluPlus(), mx.np.ones((2,)), mx.np.ones((2,)), hybridize=True))
show("legacy mode, nd user block with relu hybridized",
     lambda: block(ReluPlus(), nd.ones((2,)), nd.ones((2,)), hybridize=True))

mx.npx.set_np()
losses("numpy mode, mx.np")
layers("numpy mode, mx.np")
metrics("numpy mode, mx.np")
losses("numpy mode, nd", kind="nd")
layers("numpy mode, nd", kind="nd")
show("numpy mode, nd user block", lambda: block(Twice(), nd.ones((2, 3))))
show("numpy mode, nd user block hybridized", lambda: block(Twice(), nd.ones((2, 3)), hybridize=True))
show("numpy mode, mx.np user block hybridized", lambda: block(Twice(), mx.np.ones((2, 3)), hybridize=True))
mx.npx.reset_np()
