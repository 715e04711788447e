"""Under npx.set_np() losses weight samples with numpy's promoting product, a hybridized legacy loss refuses mx.np inputs at its first legacy operator whatever the label's shape, and pick reduces 1-D data to (1,), refusing a 0-d index when called by itself (a graph takes it)."""
import mxnet as mx
from mxnet import autograd, gluon

mx.npx.set_np()
np = mx.np
L = gluon.loss


def show(what, f):
    try:
        out = f()
        outs = out if isinstance(out, list) else [out]
        print(what, "->", [(str(o.dtype), o.shape, o.asnumpy().ravel().tolist()) for o in outs])
    except TypeError as e:
        print(what, "TypeError", str(e)[:90])
    except mx.base.MXNetError as e:
        print(what, "MXNetError", "(floating point types only)" if "only support floating point" in str(e) else "")


def weighted(cls, pdt, ldt, wdt, shape=(2, 3)):
    def run():
        pred = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], dtype=pdt).reshape(shape)
        pred.attach_grad()
        with autograd.record():
            out = cls()(pred, np.zeros(shape, dtype=ldt), np.ones(shape, dtype=wdt) * 2)
        out.backward()
        return [out, pred.grad]
    show(f"{cls.__name__} {pdt} {ldt} {wdt} {shape}", run)


for cls in (L.L2Loss, L.L1Loss):
    weighted(cls, "float16", "float64", "float16")
    weighted(cls, "float32", "float16", "float64")
    weighted(cls, "float32", "float32", "float64", (6,))
weighted(L.SigmoidBCELoss, "float32", "float32", "float64")

for cls in (L.LogisticLoss, L.HingeLoss, L.HuberLoss, L.TripletLoss, L.PoissonNLLLoss, L.KLDivLoss):
    for label_shape in ((2, 3), (6,), (7,)):
        def hybrid():
            loss = cls()
            loss.hybridize()
            args = [np.ones((2, 3)), np.ones(label_shape)] + ([np.ones((2, 3))] if cls is L.TripletLoss else [])
            return loss(*args)
        show(f"{cls.__name__} hybridized label {label_shape}", hybrid)

show("BCE int64", lambda: L.SigmoidBCELoss()(np.ones((4, 1), dtype="int64"), np.ones((4, 1), dtype="int64")))
for data, index, keepdims in (((2,), (1,), False), ((2,), (1,), True), ((2,), (), False), ((2, 3), (2,), False),
                              ((2, 3), (2, 1), True)):
    show(f"npx.pick {data} {index} keepdims={keepdims}",
         lambda: mx.npx.pick(np.arange(6).reshape(data) if len(data) == 2 else np.array([3., 4.]), np.zeros(index),
                             axis=-1, keepdims=keepdims))
show("SCE 1-D pred, 0-d label", lambda: L.SoftmaxCELoss()(np.array([0.5, 1.5]), np.array(1.)))
hybrid_sce = L.SoftmaxCELoss()
hybrid_sce.hybridize()      # a graph's shape inference takes the 0-d index as the (1,) it needs
show("SCE hybridized 1-D pred, 0-d label", lambda: hybrid_sce(np.array([0.5, 1.5]), np.array(1.)))
