"""Symbols of the multi-weight update ops: which MXNet composes (the momentum SGD ones fail reading their parameters) and the outputs of those it does."""
import re

import mxnet as mx

sym = mx.sym
V = sym.Variable
CASES = [('multi_sgd_update', 2, dict(lrs=(0.1,), wds=(0.,), num_weights=1)),
         ('multi_sgd_mom_update', 3, dict(lrs=(0.1,), wds=(0.,), num_weights=1, momentum=0.9)),
         ('preloaded_multi_sgd_update', 4, dict(num_weights=1)),
         ('preloaded_multi_sgd_mom_update', 5, dict(num_weights=1)),
         ('multi_sum_sq', 2, dict(num_arrays=2)), ('multi_all_finite', 2, dict(num_arrays=2)),
         ('multi_lars', 4, dict(eta=0.1, eps=0.1))]
for name, n, kw in CASES:
    f = getattr(sym, name)
    for named in [True, False]:
        try:
            s = f(*[V('a%d' % i) for i in range(n)], **(dict(kw, name='u') if named else kw))
            print(name, named, 'ok', s.list_outputs(), s.attr('num_weights'))
        except Exception as e:
            print(name, named, 'ERR', type(e).__name__, re.sub(r'^\[\d\d:\d\d:\d\d\] ', '', str(e)).replace('\n', ' | '))
