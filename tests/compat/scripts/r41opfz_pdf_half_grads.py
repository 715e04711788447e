"""float16 gradients of random_pdf_normal/exponential/uniform/poisson (sample and parameters, several samples per distribution, is_log both ways), as MXNet's half arithmetic rounds them."""
import mxnet as mx
import numpy as np

np.random.seed(5)


def run(name, sample, params, is_log):
    f = getattr(mx.nd._internal, '_random_pdf_' + name)
    A = [mx.nd.array(a, dtype='float16') for a in [sample] + params]
    for a in A:
        a.attach_grad()
    with mx.autograd.record():
        y = f(*A, is_log=is_log)
    y.backward(mx.nd.array(np.random.randn(*y.shape), dtype='float16'))
    print(name, is_log, ' | '.join(' '.join('%.6g' % v for v in a.grad.asnumpy().ravel()[:8]) for a in A))


for is_log in [False, True]:
    for E in [1, 3, 5]:
        b = (3, 2)
        run('normal', np.random.randn(*b, E), [np.random.randn(*b), np.random.rand(*b) + .5], is_log)
        run('exponential', np.random.rand(*b, E) * 2, [np.random.rand(*b) + .5], is_log)
        run('uniform', np.random.rand(*b, E), [np.zeros(b) - .5, np.ones(b) + .3], is_log)
        run('poisson', np.random.randint(0, 5, size=b + (E,)), [np.random.rand(*b) * 3 + .5], is_log)
