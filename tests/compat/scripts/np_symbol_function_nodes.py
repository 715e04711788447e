"""The nodes mx.sym.np builds for NumPy functions whose node runs a whole function: op names, attributes,
inputs and output counts."""
import json

import mxnet as mx
from mxnet import np, npx
npx.set_np()
S = mx.sym.np
a = mx.sym.var('a').as_np_ndarray(); b = mx.sym.var('b').as_np_ndarray(); c = mx.sym.var('c').as_np_ndarray()
cases = {
 'append': lambda: S.append(a, b, axis=0), 'append_none': lambda: S.append(a, b),
 'array_split': lambda: S.array_split(a, 3, axis=1), 'array_split_idx': lambda: S.array_split(a, [1, 2], axis=0),
 'atleast_1d': lambda: S.atleast_1d(a, b), 'atleast_2d': lambda: S.atleast_2d(a), 'atleast_3d': lambda: S.atleast_3d(a, b),
 'average': lambda: S.average(a, axis=1, weights=b), 'average_noweights': lambda: S.average(a), 'average_ret': lambda: S.average(a, axis=0, weights=b, returned=True),
 'bincount': lambda: S.bincount(a, minlength=5), 'bincount_w': lambda: S.bincount(a, weights=b),
 'bitwise_and': lambda: S.bitwise_and(a, b), 'bitwise_and_s': lambda: S.bitwise_and(a, 3), 'bitwise_not': lambda: S.bitwise_not(a), 'bitwise_or': lambda: S.bitwise_or(a, b), 'bitwise_xor': lambda: S.bitwise_xor(a, 2),
 'blackman': lambda: S.blackman(5), 'hamming': lambda: S.hamming(5), 'hanning': lambda: S.hanning(5, dtype='float64'),
 'column_stack': lambda: S.column_stack([a, b]), 'dstack': lambda: S.dstack([a, b]),
 
 'delete': lambda: S.delete(a, 1, axis=0), 'delete_list': lambda: S.delete(a, [0, 2], axis=1), 'delete_sym': lambda: S.delete(a, b, axis=0), 'delete_slice': lambda: S.delete(a, slice(0, 2), axis=0),
 'diag_indices_from': lambda: S.diag_indices_from(a),
 'diagflat': lambda: S.diagflat(a, k=1), 'diagonal': lambda: S.diagonal(a, offset=1, axis1=0, axis2=1),
 'diff': lambda: S.diff(a, n=2, axis=0), 'ediff1d': lambda: S.ediff1d(a, to_end=b, to_begin=3),
 'dsplit': lambda: S.dsplit(a, 2), 'hsplit': lambda: S.hsplit(a, 2),
 'histogram': lambda: S.histogram(a, bins=4, range=(0., 1.)),
 'identity': lambda: S.identity(3), 'indices': lambda: S.indices((2, 3)),
 'insert': lambda: S.insert(a, 1, 5., axis=0), 'insert_sym': lambda: S.insert(a, 1, b, axis=1), 'insert_list': lambda: S.insert(a, [0, 1], 2., axis=0),
 'invert': lambda: S.invert(a), 'lcm': lambda: S.lcm(a, b), 'lcm_s': lambda: S.lcm(a, 4),
 'logspace': lambda: S.logspace(0, 2, 5), 'may_share_memory': lambda: S.may_share_memory(a, b), 'shares_memory': lambda: S.shares_memory(a, b),
 'nan_to_num': lambda: S.nan_to_num(a, nan=1.0, posinf=2.0), 'pad': lambda: S.pad(a, ((1, 1), (2, 0)), mode='constant'), 'pad_edge': lambda: S.pad(a, ((1, 1), (2, 0)), mode='edge'),
 'percentile': lambda: S.percentile(a, 50, axis=0), 'percentile_sym': lambda: S.percentile(a, b), 'quantile': lambda: S.quantile(a, 0.3, interpolation='lower'),
 'polyval': lambda: S.polyval(a, b), 'product': lambda: S.product(a, axis=0), 'sometrue': lambda: S.sometrue(a),
 'roll': lambda: S.roll(a, 2, axis=1), 'roll_none': lambda: S.roll(a, -1), 'rot90': lambda: S.rot90(a, k=3),
 'trace': lambda: S.trace(a, offset=1), 'unique': lambda: S.unique(a, return_counts=True), 'unique_plain': lambda: S.unique(a), 
 'r_beta': lambda: S.random.beta(1., 2., size=(2,)), 'r_chisquare': lambda: S.random.chisquare(2., size=(2,)), 'r_choice': lambda: S.random.choice(5, size=(3,), replace=False), 'r_choice_p': lambda: S.random.choice(5, size=3, p=b),
 'r_exponential': lambda: S.random.exponential(2., size=(2,)), 'r_exponential_sym': lambda: S.random.exponential(a), 'r_gamma': lambda: S.random.gamma(2., 1., size=(2,)), 'r_gumbel': lambda: S.random.gumbel(0., a), 'r_logistic': lambda: S.random.logistic(a, 1.),
 'r_lognormal': lambda: S.random.lognormal(0., 1., size=(2,)), 'r_pareto': lambda: S.random.pareto(2., size=(2,)), 'r_power': lambda: S.random.power(a),
 'r_rand': lambda: S.random.rand(2, 3), 'r_randint': lambda: S.random.randint(0, 5, size=(2,)), 'r_rayleigh': lambda: S.random.rayleigh(1., size=(2,)), 'r_shuffle': lambda: S.random.shuffle(a), 'r_weibull': lambda: S.random.weibull(a),
 'l_eig': lambda: S.linalg.eig(a), 'l_eigh': lambda: S.linalg.eigh(a, UPLO='U'), 'l_eigvals': lambda: S.linalg.eigvals(a), 'l_eigvalsh': lambda: S.linalg.eigvalsh(a), 'l_pinv': lambda: S.linalg.pinv(a, rcond=1e-10), 'l_pinv_sym': lambda: S.linalg.pinv(a, b), 'l_tensorinv': lambda: S.linalg.tensorinv(a, ind=1), 'l_tensorsolve': lambda: S.linalg.tensorsolve(a, b, axes=(0,)),
}
out = {}
for k, f in cases.items():
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            out[k] = ['LIST%d' % len(r)] + [json.loads(x.tojson())['nodes'][-1] if hasattr(x, 'tojson') else repr(x) for x in r]
            g = json.loads(r[0].tojson()) if hasattr(r[0], 'tojson') else None
            if g: out[k].append([(n['op'], n.get('attrs', {})) for n in g['nodes'] if n['op'] != 'null'])
        elif hasattr(r, 'tojson'):
            g = json.loads(r.tojson())
            out[k] = [(n['op'], n['name'], n.get('attrs', {}), [g['nodes'][i[0]]['name'] + ':%d' % i[1] for i in n['inputs']]) for n in g['nodes'] if n['op'] != 'null'] + [('nout', len(r.list_outputs()))]
        else:
            out[k] = 'VALUE ' + repr(r)
    except Exception as e:
        out[k] = 'ERR %s %s' % (type(e).__name__, str(e).splitlines()[0][:150])
for k, v in out.items():
    print(k, json.dumps(v))
