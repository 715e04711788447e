"""mx.sym.np.random samplers of array parameters: sample shapes from size or from the known parameters (weibull/pareto too), float32 samples of the samplers without a dtype, whatever their parameters' dtypes."""
import mxnet as mx, warnings
warnings.simplefilter('ignore')
mx.npx.set_np()
R = mx.sym.np.random
def V(n): return mx.sym.var(n).as_np_ndarray()
b, c, a = V('b'), V('c'), V('a')
cases = {'normal': lambda: R.normal(b, c), 'normal_s': lambda: R.normal(b, 1.0, size=(2, 3)), 'uniform': lambda: R.uniform(b, c), 'uniform_sz': lambda: R.uniform(0, 1, size=(2, 3)),
 'gamma': lambda: R.gamma(b, c), 'exponential': lambda: R.exponential(b), 'weibull': lambda: R.weibull(b), 'pareto': lambda: R.pareto(b), 'rayleigh': lambda: R.rayleigh(b),
 'logistic': lambda: R.logistic(b, c), 'gumbel': lambda: R.gumbel(b, c), 'lognormal': lambda: R.lognormal(b, c), 'beta': lambda: R.beta(b, c), 'chisquare': lambda: R.chisquare(b),
 'power': lambda: R.power(b), 'randint': lambda: R.randint(0, 5, size=(2,)), 'rand': lambda: R.rand(2, 3), 'choice_p': lambda: R.choice(3, 2, p=b),
 'multinomial?': lambda: R.multinomial(3, b) if hasattr(R, 'multinomial') else b, 'shuffle': lambda: R.shuffle(b) if False else b}
def show(tag, s, f, **g):
    try:
        r = getattr(s, f)(**g)
        if 'type' in f: r = ([getattr(t, '__name__', t) for t in r[0]], [getattr(t, '__name__', t) for t in r[1]])
        print(tag, r[0], r[1])
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])
for k, f in cases.items():
    try: s = f()
    except Exception as e: print(k, 'ERRC', type(e).__name__, str(e)[:100]); continue
    s = s[0] if isinstance(s, list) else s
    g = {n: (2, 3) for n in s.list_arguments()}
    show(k + ' shape', s, 'infer_shape_partial', **g)
    show(k + ' shape b', s, 'infer_shape_partial', **{n: v for n, v in g.items() if n == 'b'})
    show(k + ' shape bc', s, 'infer_shape_partial', b=(2, 1), c=(1, 3)) if 'c' in g else None
    show(k + ' shape back', s + a, 'infer_shape_partial', a=(2, 3)) if not k.startswith('choice') else None
    show(k + ' type b16', s, 'infer_type_partial', **{n: 'float16' for n in g if n == 'b'})
    show(k + ' type back', s + a, 'infer_type_partial', a='float16')
    show(k + ' type c64', s, 'infer_type_partial', **{n: 'float64' for n in g if n == 'c'})
