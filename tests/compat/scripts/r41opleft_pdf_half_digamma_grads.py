"""float16 gradients of random_pdf_gamma/negative_binomial/generalized_negative_binomial/dirichlet (their digamma included: small, integer and large parameters, is_log both ways), as MXNet's half arithmetic rounds them."""
import mxnet as mx
import numpy as np

np.random.seed(7)


def run(name, sample, params, is_log, head=None):
    f = getattr(mx.nd._internal, '_random_pdf_' + name)
    A = [mx.nd.array(a, dtype='float16') for a in [sample] + params]
    for a in A:
        a.attach_grad()
    with mx.autograd.record():
        y = f(*A, is_log=is_log)
    y.backward(mx.nd.array(np.random.randn(*y.shape) if head is None else head, dtype='float16'))
    return [a.grad.asnumpy() for a in A]


# -digamma(alpha) itself: a log-density's alpha gradient at sample 1, beta 1
alphas = np.array([1 / 64, 0.03125, 0.1, 0.25, 0.5, 0.77, 1, 1.5, 2, 3, 4.5, 7, 9.99, 10, 10.5, 12, 15, 20, 50,
                   100, 1000, 30000, 0.001], np.float16)
n = alphas.size
g = run('gamma', np.ones((n, 1)), [alphas, np.ones(n)], True, np.ones((n, 1)))[1]
for a, v in zip(alphas, g):
    print('psi %-10.6g %.6g' % (a, v))

for is_log in [False, True]:
    for E in [1, 3, 5]:
        b = (3, 2)
        cases = [
            ('gamma', np.random.rand(*b, E) * 3 + .1, [np.random.rand(*b) * 4 + .2, np.random.rand(*b) * 2 + .3]),
            ('negative_binomial', np.random.randint(0, 6, size=b + (E,)),
             [np.random.randint(1, 6, size=b), np.random.rand(*b) * .8 + .1]),
            ('generalized_negative_binomial', np.random.randint(0, 6, size=b + (E,)),
             [np.random.rand(*b) * 4 + .2, np.random.rand(*b) * 2 + .1]),
        ]
        a = np.random.rand(*b, 4) * 3 + .2
        s = np.random.rand(*b, E, 4) + .05
        cases.append(('dirichlet', s / s.sum(-1, keepdims=True), [a]))
        for name, sample, params in cases:
            grads = run(name, sample, params, is_log)
            print(name, is_log, E, ' | '.join(' '.join('%.6g' % v for v in x.ravel()[:12]) for x in grads))
