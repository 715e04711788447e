# CTCLoss layouts and lengths, hybridized losses, symbol losses, float64 inputs
import mxnet as mx
from mxnet import autograd, nd, gluon
import numpy as np

L = gluon.loss
np.random.seed(0)
pred = nd.array(np.random.uniform(-1, 1, (2, 5, 4)))   # N T C
label = nd.array([[1, 2, -1], [0, 1, 1]])


def run(loss, *args):
    args = [a.copy() if a is not None else None for a in args]
    args[0].attach_grad()
    try:
        with autograd.record():
            out = loss(*args)
        out.backward()
        print(out.shape, np.round(out.asnumpy(), 4).tolist())
        print('  grad', np.round(args[0].grad.asnumpy(), 4).reshape(-1)[:8].tolist())
    except Exception as e:
        print(type(e).__name__)


run(L.CTCLoss(), pred, label)
run(L.CTCLoss(layout='TNC'), pred.swapaxes(0, 1), label)
run(L.CTCLoss(layout='TNC', label_layout='TN'), pred.swapaxes(0, 1), label.T)
run(L.CTCLoss(), pred, nd.array([[1, 2, 0], [0, 1, 1]]), None, nd.array([2, 3]))
run(L.CTCLoss(), pred, label, nd.array([4, 5]))
run(L.CTCLoss(), pred, label, nd.array([4, 5]), nd.array([2, 3]))
run(L.CTCLoss(weight=2.0), pred, label, None, None, nd.array([1.0, 0.5]))
for bad in ('NCT', 'CTN'):
    try:
        L.CTCLoss(layout=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    L.CTCLoss(label_layout='TT')
except Exception as e:
    print(type(e).__name__, e)

# hybridized losses give the same numbers
p = nd.array([[0.2, -0.5, 1.5], [1.0, 0.3, -0.7]])
y = nd.array([2, 0])
for loss in (L.SoftmaxCELoss(), L.L2Loss(), L.SigmoidBCELoss(), L.HuberLoss(), L.HingeLoss(), L.LogisticLoss(),
             L.KLDivLoss(from_logits=False), L.PoissonNLLLoss()):
    lab = y if isinstance(loss, L.SoftmaxCELoss) else nd.ones_like(p) * 0.5
    a = loss(p, lab)
    loss.hybridize()
    b = loss(p, lab)
    try:
        c = loss(p, lab, nd.array([[1.], [0.5]]))
    except ValueError as e:
        print(e)
        c = b
    loss2 = type(loss)()
    loss2.hybridize()
    c = loss2(p, lab, nd.array([[1.], [0.5]]))
    print(type(loss).__name__, np.round(a.asnumpy(), 4).tolist(), np.round(b.asnumpy(), 4).tolist(),
          np.round(c.asnumpy(), 4).tolist())
tl = L.TripletLoss()
tl.hybridize()
print(np.round(tl(p, p * 2, p * -1).asnumpy(), 4).tolist())
cl = L.CosineEmbeddingLoss()
cl.hybridize()
print(np.round(cl(p, p * 2 + 1, nd.array([1, -1])).asnumpy(), 4).tolist())
ctc = L.CTCLoss()
ctc.hybridize()
print(np.round(ctc(pred, label).asnumpy(), 4).tolist())

# symbol mode
d = mx.sym.var('data')
l = mx.sym.var('label')
s = L.SoftmaxCELoss()(d, l)
print(type(s).__name__, s.list_arguments(), s.list_outputs())
out = s.eval(data=p, label=y)[0]
print(np.round(out.asnumpy(), 4).tolist())
s = L.L2Loss()(d, l)
print(s.list_arguments(), s.list_outputs())

# float64
p64 = p.astype('float64')
out = L.L2Loss()(p64, nd.zeros((2, 3), dtype='float64'))
print(out.dtype, np.round(out.asnumpy(), 6).tolist())
out = L.SoftmaxCELoss()(p64, y.astype('float64'))
print(out.dtype, np.round(out.asnumpy(), 6).tolist())

# label shape mismatches
for args in ((p, nd.ones((3, 2))), (p, nd.ones((2, 2))), (p, nd.ones((6,)))):
    try:
        print(L.L1Loss()(*args).shape)
    except Exception as e:
        print(type(e).__name__)
try:
    print(L.SoftmaxCELoss()(p, nd.array([[1, 2], [0, 1]])).shape)
except Exception as e:
    print(type(e).__name__)
try:
    L.L2Loss(weight='a')(p, p)
except Exception as e:
    print(type(e).__name__)
try:
    L.L2Loss()(p)
except Exception as e:
    print(type(e).__name__)
