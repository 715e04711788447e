"""A head gradient of another dtype than the head given to backward() of gluon layers, imperative and hybridized:
MXNet's backward kernel of the block's last op refuses it when the gradient is read (Embedding compares the weight
gradient's type flag with the head gradient's, dense or sparse; BatchNorm and GroupNorm are typed by the head)."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

nn = gluon.nn
LAYERS = [("dense", lambda: nn.Dense(3, in_units=4), (2, 4)),
          ("conv", lambda: nn.Conv2D(2, 3, in_channels=1), (1, 1, 5, 5)),
          ("relu", lambda: nn.Activation("relu"), (2, 4)), ("batchnorm", lambda: nn.BatchNorm(in_channels=4), (2, 4)),
          ("dropout", lambda: nn.Dropout(0.5), (2, 4)), ("maxpool", lambda: nn.MaxPool1D(2), (1, 2, 4)),
          ("leaky", lambda: nn.LeakyReLU(0.1), (2, 4)), ("elu", lambda: nn.ELU(), (2, 4))]
for name, make, shape in LAYERS:
    for hybrid in (False, True):
        for dtype in ("float64", "float16"):
            net = make()
            net.initialize()
            if hybrid:
                net.hybridize()
            x = nd.ones(shape)
            x.attach_grad()
            try:
                with autograd.record():
                    y = net(x)
                y.backward(nd.ones(y.shape, dtype=dtype))
                print(name, hybrid, dtype, x.grad.asnumpy().ravel()[:2])
            except mx.MXNetError as e:
                print(name, hybrid, dtype, words(e))

for sparse in (False, True):
    for weight_dtype, grad_dtype in (("float64", "float32"), ("float32", "float64"), ("float16", "float32"),
                                     ("float32", "float16")):
        for hybrid in (False, True):
            net = nn.Embedding(7, 3, dtype=weight_dtype, sparse_grad=sparse)
            net.initialize()
            if hybrid:
                net.hybridize()
            if sparse and weight_dtype == "float16":
                continue        # (MXNet's sparse kernel refuses float16 first)
            try:
                with autograd.record():
                    y = net(nd.array([[0, 2, 2], [6, 1, 0]]))
                y.backward(nd.ones(y.shape, dtype=grad_dtype))
                print("embedding", sparse, weight_dtype, grad_dtype, hybrid, net.weight.grad().asnumpy().ravel()[:2])
            except mx.MXNetError as e:
                print("embedding", sparse, weight_dtype, grad_dtype, hybrid, words(e))

for data_dtype, grad_dtype in (("float32", "float64"), ("float32", "float16"), ("float64", "float32")):
    x = nd.ones((2, 4, 3), dtype=data_dtype)
    gamma, beta = nd.ones((1,), dtype=data_dtype), nd.zeros((1,), dtype=data_dtype)
    x.attach_grad()
    try:
        with autograd.record():
            y = nd.GroupNorm(x, gamma, beta, num_groups=1)
        y.backward(nd.ones(y.shape, dtype=grad_dtype))
        print("groupnorm", data_dtype, grad_dtype, x.grad.asnumpy().ravel()[:2])
    except mx.MXNetError as e:
        print("groupnorm", data_dtype, grad_dtype, words(e))

# blocks whose last op converts the head gradient to its own dtype (Flatten, sum, mean, reshape), hybridized or not
CONVERTING = [("flatten", lambda: nn.Flatten(), (2, 4, 2)),
              ("sum", lambda: nn.HybridLambda(lambda F, x: F.sum(x, axis=1)), (2, 4)),
              ("mean", lambda: nn.HybridLambda(lambda F, x: F.mean(x)), (2, 4)),
              ("reshape", lambda: nn.HybridLambda(lambda F, x: F.reshape(x, (-1,))), (2, 4))]
for name, make, shape in CONVERTING:
    for hybrid in (False, True):
        for dtype in ("float64", "float16"):
            net = make()
            net.initialize()
            if hybrid:
                net.hybridize()
            x = nd.ones(shape)
            x.attach_grad()
            with autograd.record():
                y = net(x)
            y.backward(nd.ones(y.shape, dtype=dtype) * 2)
            print(name, hybrid, dtype, x.grad.dtype, x.grad.asnumpy().ravel()[:3])
