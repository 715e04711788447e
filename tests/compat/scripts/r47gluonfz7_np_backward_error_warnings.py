"""Under npx.set_np() a backward kernel's error (an Embedding asked for its data gradient) reaches the gradients read later with no DeprecationWarning, as MXNet does."""
import warnings
import mxnet as mx
from mxnet import autograd, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(3)
for hybridize in [False, True]:
    emb = nn.Embedding(10, 3)
    emb.initialize()
    if hybridize:
        emb.hybridize()
    x = np.array([1, 2, 7], dtype="float32")
    x.attach_grad()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with autograd.record():
            y = emb(x)
        y.backward()
        for label, arr in [("x.grad", x.grad), ("weight.grad", emb.weight.grad()), ("y", y)]:
            try:
                print(hybridize, label, arr.shape, arr.asnumpy().round(4).tolist())
            except Exception as e:
                print(hybridize, label, type(e).__name__, str(e).split("\n")[-1][:120])
    print(hybridize, "warnings", [w.category.__name__ for w in caught])
