# Gaussian-process regression with nd.linalg: RBF kernel, Cholesky (potrf), trsm solves, log marginal likelihood,
# and its gradient with respect to the kernel hyper-parameters through autograd (rounded: float32 LAPACK
# factorisations differ in the last bits between BLAS builds)
import mxnet as mx
from mxnet import nd, autograd

mx.random.seed(1)
X = nd.linspace(-2, 2, 8).reshape((-1, 1))
y = nd.sin(2 * X) + 0.05 * nd.random.normal(shape=X.shape)
log_ell = nd.array([0.0])
log_sf = nd.array([0.0])
noise = 1e-2


def r(a, nd_=4):
    return [round(float(v), nd_) for v in a.asnumpy().ravel()]


def rbf(a, b, ell, sf):
    d2 = nd.square(a).sum(axis=1, keepdims=True) + nd.square(b).sum(axis=1).reshape((1, -1)) \
        - 2 * nd.dot(a, b, transpose_b=True)
    return sf * sf * nd.exp(-0.5 * d2 / (ell * ell))


for p in (log_ell, log_sf):
    p.attach_grad()
for it in range(5):
    with autograd.record():
        ell, sf = nd.exp(log_ell), nd.exp(log_sf)
        K = rbf(X, X, ell, sf) + noise * nd.eye(8)
        L = nd.linalg.potrf(K)
        alpha = nd.linalg.trsm(L, y)
        nll = 0.5 * nd.sum(alpha * alpha) + nd.linalg.sumlogdiag(L) + 4 * 1.8378770664093453
    nll.backward()
    print(it, r(nll), r(log_ell.grad, 3), r(log_sf.grad, 3))
    log_ell -= 0.05 * log_ell.grad
    log_sf -= 0.05 * log_sf.grad
print(r(log_ell), r(log_sf))

ell, sf = nd.exp(log_ell), nd.exp(log_sf)
K = rbf(X, X, ell, sf) + noise * nd.eye(8)
L = nd.linalg.potrf(K)
Xs = nd.array([[-1.5], [0.0], [0.7]])
Ks = rbf(X, Xs, ell, sf)
v = nd.linalg.trsm(L, Ks)
w = nd.linalg.trsm(L, y)
mean = nd.linalg.gemm2(v, w, transpose_a=True)
var = sf * sf - nd.sum(v * v, axis=0)
print(r(mean), r(var, 5))
Kinv = nd.linalg.potri(L)
print(r(nd.dot(Kinv, K).diag(), 3))
print(r(nd.linalg.syrk(L, transpose=False, alpha=1.0)[0]))
print(r(nd.linalg.trmm(L, nd.ones((8, 1)))))
