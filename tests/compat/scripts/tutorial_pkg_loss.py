"""Tutorial packages/gluon/loss (1.x) losses, and CTCLoss in MXNet's float32 steps: costs and gradients
with padding, lengths, blank first/last, repeated labels and alignments that cannot fit."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import loss as gloss

x = nd.arange(-5, 5, .5)
for l in (gloss.L1Loss(), gloss.L2Loss(), gloss.HuberLoss(rho=1)):
    print(l(x, nd.zeros_like(x)))
for l in (gloss.SigmoidBinaryCrossEntropyLoss(), gloss.HingeLoss(), gloss.SquaredHingeLoss(), gloss.LogisticLoss()):
    print(l(x, nd.ones_like(x)))
output = nd.array([[0.39056206, 1.3068528, 0.39056206, -0.30258512]])
print(gloss.KLDivLoss(from_logits=False)(output, nd.array([[0.3, 0.4, 0.1, 0.2]])))
print(gloss.PoissonNLLLoss()(nd.array([[1., 2., 3.]]), nd.array([[0., 2., 5.]])))
print(gloss.PoissonNLLLoss(from_logits=False, compute_full=True)(nd.array([[1., 2., 3.]]), nd.array([[0., 2., 5.]])))
print(gloss.CosineEmbeddingLoss()(nd.array([[1, 0, 1, 0, 1, 0]]), nd.array([[0, 1, 0, 1, 0, 1]]), nd.array([-1])))
print(gloss.TripletLoss()(nd.array([[1., 2], [0, 1]]), nd.array([[1., 1], [0, 0]]), nd.array([[3., 2], [1, 1]])))

rs = np.random.RandomState(7)
for case in range(12):
    T, N, A = rs.randint(3, 9), rs.randint(1, 4), rs.randint(3, 6)
    L = rs.randint(2, T // 2 + 2)
    data = nd.array((rs.randn(T, N, A) * rs.choice([0.5, 3.0])).astype(np.float32))
    blank = 'last' if case % 3 == 2 else 'first'
    lab = rs.randint(1, A, (N, L)) if blank == 'first' else rs.randint(0, A - 1, (N, L))
    if case % 4 == 1:
        lab[0, :] = lab[0, 0]                       # repeats need blanks between them
    args, attrs = [data, nd.array(lab)], dict(blank_label=blank)
    if case % 2 == 0:
        lab[-1, L - 1:] = 0 if blank == 'first' else -1  # padding ends the last label early
        args[1] = nd.array(lab)
    else:
        args += [nd.array(rs.randint(L + 1, T + 1, N)), nd.array(rs.randint(1, L + 1, N))]
        attrs.update(use_data_lengths=True, use_label_lengths=True)
    data.attach_grad()
    with autograd.record():
        cost = nd.CTCLoss(*args, **attrs)
    cost.backward(nd.array(rs.uniform(0.5, 2, N)))
    print(case, cost.asnumpy().tolist(), data.grad.asnumpy().ravel().tolist())
pred = nd.array(np.sin(np.arange(40)).reshape((2, 5, 4)))
pred.attach_grad()
with autograd.record():
    l = gloss.CTCLoss()(pred, nd.array([[1, 2], [3, -1]]), nd.array([5, 4]), nd.array([2, 1]))
l.backward()
print(l, pred.grad)
# labels of any dtype; activations other than float32 fail in the kernel (the error shows on reading)
x = nd.array(np.sin(np.arange(48)).reshape(6, 2, 4))
for ldt in ('float64', 'int32', 'float16'):
    print(ldt, nd.CTCLoss(x, nd.array([[1, 2], [3, 3]], dtype=ldt)))
for dt in ('float64', 'float16'):
    cost = nd.CTCLoss(x.astype(dt), nd.array([[1, 2], [3, 3]]))
    print(dt, cost.dtype, cost.shape)
    try:
        print(cost * 2)
    except mx.MXNetError:
        print('the kernel refused', dt)
nd.waitall()
