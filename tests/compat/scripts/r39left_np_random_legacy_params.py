"""Without set_np, mx.np.random samplers given legacy arrays: MXNet reads each as a number attribute, listing its text in the refusal (every attribute, ctx included), and an array size is refused first (its C API's tuple TypeError); given only 0-d array parameters and no size, the samples' shape is unknown."""
import mxnet as mx

leg = mx.nd.array([[1., 2.], [3., 4.]])
z = mx.np.array(3.0)
R = mx.np.random
calls = [
    ('uniform', lambda: R.uniform(leg)), ('uniform2', lambda: R.uniform(leg, leg)),
    ('normal', lambda: R.normal(leg)), ('normal2', lambda: R.normal(leg, leg)), ('normal_size', lambda: R.normal(0, 1, leg)),
    ('lognormal', lambda: R.lognormal(leg)), ('gamma', lambda: R.gamma(leg)), ('gamma2', lambda: R.gamma(leg, leg)),
    ('exponential', lambda: R.exponential(leg)), ('exponential2', lambda: R.exponential(leg, leg)),
    ('gumbel', lambda: R.gumbel(leg)), ('logistic2', lambda: R.logistic(leg, leg)), ('rayleigh', lambda: R.rayleigh(leg)),
    ('weibull', lambda: R.weibull(leg)), ('weibull2', lambda: R.weibull(leg, leg)), ('pareto', lambda: R.pareto(leg)),
    ('pareto2', lambda: R.pareto(leg, leg)), ('pareto_size0d', lambda: R.pareto(1.0, z)), ('power', lambda: R.power(leg)),
    ('power2', lambda: R.power(leg, leg)), ('chisquare', lambda: R.chisquare(leg)), ('chisquare2', lambda: R.chisquare(leg, leg)),
    ('beta2', lambda: R.beta(leg, leg)), ('choice', lambda: R.choice(leg)),
    ('normal_0d', lambda: R.normal(z)), ('normal_0d_size', lambda: R.normal(z, 1, size=(2,)).shape),
    ('normal_0d_1d', lambda: R.normal(mx.np.array([1., 2.]), z).shape), ('uniform_0d', lambda: R.uniform(z, 5)),
    ('uniform_0d_size', lambda: R.uniform(0, z, size=(2,)).shape), ('gamma_0d', lambda: R.gamma(z)),
    ('exponential_0d_size', lambda: R.exponential(z, size=3).shape), ('beta_0d', lambda: R.beta(z, z)),
    ('beta_0d_number', lambda: R.beta(z, 1.0)), ('chisquare_0d', lambda: R.chisquare(z)),
    ('chisquare_0d_size0d', lambda: R.chisquare(z, z)), ('power_0d', lambda: R.power(z)),
    ('power_0d_size', lambda: R.power(z, size=(2,)).shape), ('shuffle_0d', lambda: R.shuffle(z)),
    ('randint_0d', lambda: R.randint(z)), ('randint_0d_pair', lambda: R.randint(mx.np.array(1), mx.np.array(4))),
]
for name, f in calls:
    try:
        print(name, 'ok', f())
    except Exception as err:  # noqa: BLE001
        print(name, type(err).__name__, repr(str(err)))
