"""mx.sym.np type inference: dtypes told both ways through joining, mixed and scalar ops and reductions, outputs fixed before their inputs' dtypes (linalg, percentile, nonzero, samplers), and the refusals of unknown or unsupported input dtypes."""
import mxnet as mx

mx.npx.set_np()
np, npx = mx.sym.np, mx.sym.npx


def V(name):
    return mx.sym.var(name).as_np_ndarray()


def names(types):
    return [getattr(t, '__name__', t) for t in types]


def show(tag, sym, **given):
    try:
        args, outs, _ = sym.infer_type_partial(**given)
        print(tag, given, names(args), names(outs))
    except mx.base.MXNetError as e:
        print(tag, given, 'MXNetError', str(e).split('\n')[0].split('] ')[-1])


b, c, a = V('b'), V('c'), V('a')
told_back = {
    'concatenate': np.concatenate([b, c]), 'stack': np.stack([b, c]), 'vstack': np.vstack([b, c]),
    'hstack': np.hstack([b, c]), 'dstack': np.dstack([b, c]), 'column_stack': np.column_stack([b, c]),
    'append': np.append(b, c), 'polyval': np.polyval(b, c), 'add': b + c, 'subtract': b - c, 'multiply': b * c,
    'mod': b % c, 'power': b ** c, 'copysign': np.copysign(b, c), 'ldexp': np.ldexp(b, c), 'divide': b / c,
    'equal': b == c, 'maximum': np.maximum(b, c), 'add_scalar': b + 1, 'rsubtract_scalar': 2 - b,
    'power_scalar': b ** 2, 'negative': -b, 'sum': np.sum(b), 'prod': np.prod(b), 'std': np.std(b), 'var': np.var(b),
    'cumsum': np.cumsum(b), 'mean': np.mean(b), 'sum_dtype': np.sum(b, dtype='float64'),
    'mean_dtype': np.mean(b, dtype='float64'), 'det': np.linalg.det(b), 'slogdet': np.linalg.slogdet(b)[1],
    'legacy_det': mx.sym.linalg.det(mx.sym.var('b')), 'norm': np.linalg.norm(b), 'inv': np.linalg.inv(b),
    'pinv': np.linalg.pinv(b), 'eigvals': np.linalg.eigvals(b), 'percentile': np.percentile(b, 50),
    'softmax': npx.softmax(b), 'sin': np.sin(b),
}
for name, sym in told_back.items():
    for dt in ('float16', 'int32'):
        show(name + ' +a', sym + (mx.sym.var('a') if name == 'legacy_det' else a), a=dt)

forward = {
    'concatenate': np.concatenate([b, c]), 'stack': np.stack([b, c]), 'polyval': np.polyval(b, c),
    'add': b + c, 'copysign': np.copysign(b, c), 'hypot': np.hypot(b, c), 'arctan2': np.arctan2(b, c),
    'lcm': np.lcm(b, c), 'bitwise_and': np.bitwise_and(b, c), 'solve': np.linalg.solve(b, c),
    'tensorsolve': np.linalg.tensorsolve(b, c), 'insert': np.insert(b, 1, c), 'average': np.average(b, weights=c),
    'average_c': np.average(c, weights=b), 'bincount': np.bincount(c, b), 'bincount_unweighted': np.bincount(b),
    'normal': np.random.normal(b, c), 'uniform64': np.random.uniform(b, c, dtype='float64'),
    'gamma': np.random.gamma(b, 1.0), 'choice': np.random.choice(3, 2, p=b), 'choice_a': np.random.choice(b, 2),
    'nonzero': npx.nonzero(b), 'argmax': np.argmax(b), 'around': np.around(b), 'pinv': np.linalg.pinv(b),
    'pinv_rcond': np.linalg.pinv(b, c), 'eig': np.linalg.eig(b)[1], 'eigh': np.linalg.eigh(b)[0],
    'eigvalsh': np.linalg.eigvalsh(b), 'tensorinv': np.linalg.tensorinv(b), 'percentile': np.percentile(b, 50),
    'quantile': np.quantile(b, 0.5), 'mean': np.mean(b), 'cumsum': np.cumsum(b), 'sum': np.sum(b),
    'sum_half': np.sum(b, dtype='float16'), 'cumsum_dtype': np.cumsum(b, dtype='float64'),
    'full_like': np.full_like(b, 2, dtype='int32'), 'add_int': b + 1, 'add_float': b + 1.5, 'mul_float': b * 2.5,
    'rldexp': np.ldexp(2, b), 'ldexp_scalar': np.ldexp(b, 2), 'arctan2_scalar': np.arctan2(b, 2.0),
    'copysign_rscalar': np.copysign(2, b), 'hypot_scalar': np.hypot(b, 2.0), 'minimum_scalar': np.minimum(b, 2.5),
    'bitwise_and_scalar': np.bitwise_and(b, 2), 'lcm_scalar': np.lcm(b, 2),
}
for name, sym in forward.items():
    show(name, sym)
    for dt in ('float16', 'float32', 'float64', 'int32', 'bool'):
        show(name, sym, b=dt)
    if 'c' in sym.list_arguments():
        show(name, sym, c='float32')
        show(name, sym, b='float16', c='float32')

for name, sym in {'minimum_scalar': np.minimum(b, 2.5), 'arctan2_scalar': np.arctan2(b, 2.0),
                  'add_int': b + 1, 'hypot_scalar': np.hypot(b, 2.0)}.items():
    show(name + ' +a', sym + a, a='int32')

# what simple_bind makes of the arguments left to inference
for name, sym in {'concatenate': np.concatenate([a, b]), 'multiply_add': b * c + a, 'sum_add': np.sum(b) + a,
                  'scalar_add': (b + 1) + a}.items():
    shapes = {k: (2,) for k in sym.list_arguments()}
    ex = sym.simple_bind(mx.cpu(), type_dict={'a': 'float16'}, **shapes)
    print(name, {k: v.dtype.__name__ for k, v in sorted(ex.arg_dict.items())}, [o.dtype.__name__ for o in ex.outputs])
