"""Gradients of one-element operands of broadcasting ops, size-1 softmax axes and the losses built on them keep MXNet's signs of zero."""
from mxnet import autograd, nd, gluon


def grads(f, *arrays, head=None):
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        out = f(*arrays)
    out.backward(head)
    return [a.grad.asnumpy().ravel().tolist() for a in arrays]


binary = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
          "div": lambda a, b: a / b, "maximum": nd.broadcast_maximum, "minimum": nd.broadcast_minimum,
          "power": lambda a, b: a ** b, "hypot": nd.broadcast_hypot}
for name, f in binary.items():
    for sa, sb in [((1, 1), (1,)), ((1,), (1, 1, 1)), ((1, 3), (3,)), ((2, 1), (1, 1))]:
        a, b = nd.ones(sa) * 0.5, nd.ones(sb) * 0.25
        print(name, sa, sb, grads(f, a, b, head=-nd.zeros(nd.broadcast_add(a, b).shape)))

for dt in ("float64", "float32"):
    for op in ("softmax", "log_softmax", "softmin"):
        for shape, axis in (((2, 1), -1), ((2, 1, 2), 1), ((1, 3), 0)):
            x = nd.ones(shape, dtype=dt) * 0.3
            print(dt, op, shape, axis, grads(lambda x: getattr(nd, op)(x, axis=axis), x, head=-nd.zeros(shape, dtype=dt)))

x1, x2 = nd.array([0.7, 0.2, -0.5]), nd.array([0.1, 1.3, 0.4])
print("cosine 1-d", grads(lambda a, b: gluon.loss.CosineEmbeddingLoss(margin=0.1)(a, b, nd.array([1, -1])), x1, x2))
x1, x2 = nd.array([0.7]), nd.array([1.3])
print("cosine one", grads(lambda a, b: gluon.loss.CosineEmbeddingLoss()(a, b, nd.array([1, -1, 1, -1])), x1, x2))
pred, label = nd.array([[[[0.3]], [[0.2]]]]), nd.array([[[[0.]], [[1.]]]])
print("sce one class", grads(lambda p, l: gluon.loss.SoftmaxCELoss(sparse_label=False)(p, l), pred, label))
pred, w = nd.array([[[[0.4]]]]), nd.array([1.5])
print("sce sample weight", grads(lambda p, w: gluon.loss.SoftmaxCELoss(axis=-2)(p, nd.array([[[0.]]]), w), pred, w))
