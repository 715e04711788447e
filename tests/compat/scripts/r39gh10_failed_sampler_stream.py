"""Random samplers whose kernel refuses a parameter (read later) still advance the random stream as a draw does: the next samples after a failed multinomial, normal, gamma, bernoulli, choice... equal MXNet's."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
A = np.array


def after(name, sample):
    mx.random.seed(5)
    try:
        r = sample()
        r.asnumpy()
        state = 'ok'
    except Exception as e:     # (a kernel's check: MXNetError or ValueError)
        state = type(e).__name__ + ': ' + str(e).strip().splitlines()[-1]
    print(name, '|', state, '|', np.random.uniform(size=4).tolist())


after('nothing', lambda: A([0.]))
for pvals in ([0.2, 0.8], [0.7, 0.8], [0.7, 0.8, 0.1], A([0.2, 0.8]), A([0.7, 0.8]), A([0.7, 0.8], dtype='float64')):
    for n, size in ((4, None), (7, None), (4, 3), (2, (2, 2))):
        after('multinomial %s %s %s' % (n, pvals, size), lambda: np.random.multinomial(n, pvals, size=size))
after('normal scale<0', lambda: np.random.normal(0, -1, size=4))
after('normal scale array', lambda: np.random.normal(0, A([1., -1]), size=2))
after('uniform low>high', lambda: np.random.uniform(1, 0, size=4))
after('exponential<0', lambda: np.random.exponential(-1., size=4))
after('gamma shape<0', lambda: np.random.gamma(-1., 1., size=4))
after('gamma array', lambda: np.random.gamma(A([1., -2]), 1.))
after('beta<0', lambda: np.random.beta(-1., 1., size=4))
after('bernoulli p>1', lambda: npx.random.bernoulli(1.5, size=4))
after('bernoulli array', lambda: npx.random.bernoulli(A([0.5, 1.5])))
after('choice p sum>1', lambda: np.random.choice(3, 4, p=A([0.5, 0.6, 0.1])))
after('choice p<0', lambda: np.random.choice(3, 4, p=A([-0.5, 1.4, 0.1])))
after('normal_n scale<0', lambda: npx.random.normal_n(0., -1., batch_shape=(3,)))
