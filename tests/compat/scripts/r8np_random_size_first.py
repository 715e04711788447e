"""mx.np.random's one-parameter samplers and gamma parse (and check) size before they check their parameter: an
array, a float, a negative or a mismatched size is refused first, whatever the parameter's sign."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
bad = np.array([[1.5, -2.0, 0.5], [3.0, -0.25, 2.0]])
good = np.abs(bad) + 0.5
for name in ['exponential', 'pareto', 'weibull', 'power', 'chisquare', 'gamma', 'rayleigh']:
    f = getattr(np.random, name)
    for label, size in [('array size', np.ones(2)), ('float size', 2.5), ('negative size', -1), ('mismatched size', 2),
                        ('list size', [0, 1]), ('no size', None)]:
        for param_name, param in [('negative', bad), ('positive', good)]:
            mx.random.seed(0)
            try:
                r = f(param, size)
                r.asnumpy()     # (a kernel refusing a negative scale raises when the result is read)
                print(name, label, param_name, r.shape, r.dtype)
            except Exception as e:  # noqa: BLE001
                print(name, label, param_name, type(e).__name__)
