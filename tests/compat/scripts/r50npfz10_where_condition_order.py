"""np.where picks its operator by the branches first (their TypeErrors and float() conversions), then refuses a non-array condition (AssertionError), a legacy one naming the picked operator (where, where_rscalar, where_lscalar, where_scalar2), and a None one as a missing input after a legacy branch, as MXNet does."""
# recorded on AMD AVX2
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([1., 2])
conds = [('list', [1, 0]), ('None', None), ('str', 'ab'), ('onp', onp.array([1, 0])), ('nd', mx.nd.array([1, 0]))]
branches = [('a', a), ('2', 2), ('None', None), ('list', [1, 2]), ('onp', onp.array([3., 4])), ('onp1', onp.array([3.])),
            ('str', '3'), ('nd', mx.nd.array([1, 2]))]
for cn, cv in conds:
    for xn, xv in branches:
        for yn, yv in branches + [('-', None)]:
            try:
                r = np.where(cv, xv) if yn == '-' else np.where(cv, xv, yv)
                print(cn, xn, yn, r.dtype, r.tolist())
            except (AssertionError, TypeError, mx.base.MXNetError) as e:
                print(cn, xn, yn, type(e).__name__, str(e).strip().splitlines()[-1][:110])
