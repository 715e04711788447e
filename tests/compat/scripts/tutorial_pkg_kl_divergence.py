"""Tutorial packages/gluon/loss (1.x): KL divergence tutorial incl. an unsupported category (inf), loss examples; sums with inf terms."""
import mxnet as mx
import numpy as np
idx = np.array([1, 2, 3, 4])
dist_1 = np.array([0.2, 0.5, 0.2, 0.1])
dist_2 = np.array([0.3, 0.4, 0.1, 0.2])
dist_3 = np.array([0.1, 0.1, 0.1, 0.7])
def kl_divergence(dist_a, dist_b):
    pred_batch = mx.nd.array(dist_a).expand_dims(0)
    target_batch = mx.nd.array(dist_b).expand_dims(0)
    pred_batch = pred_batch.log()
    loss_fn = mx.gluon.loss.KLDivLoss(from_logits=True)
    divergence = loss_fn(pred_batch, target_batch)
    return divergence.asscalar()
print("Distribution 1 compared with Distribution 2: {}".format(kl_divergence(dist_1, dist_2)))
print("Distribution 1 compared with Distribution 3: {}".format(kl_divergence(dist_1, dist_3)))
print("Distribution 1 compared with Distribution 1: {}".format(kl_divergence(dist_1, dist_1)))
output = mx.nd.array([0.39056206, 1.3068528, 0.39056206, -0.30258512])
def kl_divergence_not_from_logits(dist_a, dist_b):
    pred_batch = mx.nd.array(dist_a).expand_dims(0)
    target_batch = mx.nd.array(dist_b).expand_dims(0)
    loss_fn = mx.gluon.loss.KLDivLoss(from_logits=False)
    divergence = loss_fn(pred_batch, target_batch)
    return divergence.asscalar()
print("Distribution 1 compared with Distribution 2: {}".format(kl_divergence_not_from_logits(output, dist_2)))
dist_4 = np.array([0, 0.9, 0, 0.1])
print("Distribution 4 compared with Distribution 1: {}".format(kl_divergence(dist_4, dist_1)))
print("Distribution 1 compared with Distribution 4: {}".format(kl_divergence(dist_1, dist_4)))
true_divergence = (dist_2*(np.log(dist_2)-np.log(dist_1))).sum()
print('true_divergence: {:.12f}'.format(true_divergence))
num_categories = dist_1.shape[0]
divergence = kl_divergence(dist_1, dist_2)
print('divergence: {}'.format(divergence))
print('divergence * num_categories: {}'.format(divergence * num_categories))
x = mx.nd.array(dist_1).expand_dims(0).log(); x.attach_grad()
with mx.autograd.record():
    l = mx.gluon.loss.KLDivLoss()(x, mx.nd.array(dist_2).expand_dims(0))
l.backward(); print(l, x.grad)
from mxnet import nd
from mxnet.gluon import loss as gloss
for row in ([[np.inf, 1, np.inf, 2]], [[np.inf, 1, -np.inf, 2]], [[1e38, 3e38, -1e38, 1]], [[np.nan, np.inf, 1, 2]]):
    a = nd.array(row)
    print(nd.sum(a, axis=1), nd.mean(a), nd.nansum(a), nd.sum(a.T, axis=0))
big = nd.array([[np.inf] * 20, [1.0] * 20, [np.inf] * 10 + [-np.inf] * 10, [3e38] * 20])
print(nd.sum(big, axis=0), nd.nansum(big, axis=0), nd.sum(big[:2], axis=0), nd.nansum(big[:2], axis=0))
x = nd.arange(-5, 5, .5)
for l in (gloss.L1Loss(), gloss.L2Loss(), gloss.HuberLoss(rho=1)):
    print(l(x, nd.zeros_like(x)))
for l in (gloss.SigmoidBinaryCrossEntropyLoss(), gloss.HingeLoss(), gloss.LogisticLoss()):
    print(l(x, nd.ones_like(x)))
print(gloss.SoftmaxCrossEntropyLoss()(nd.array([[1, 10], [8, 2]]), nd.array([0, 1])))
print(gloss.CosineEmbeddingLoss()(nd.array([1, 0, 1, 0, 1, 0]), nd.array([0, 1, 0, 1, 0, 1]), nd.array(-1)))
print(gloss.L2Loss()(nd.ones((2,)), nd.ones((2,)) * 2, nd.array([1, 2])))
