"""Variadic operators given num_args with other attributes: which refusal comes first (the parser's map order),
in NDArray calls and symbol creation, num_args given first, last or counted by the call."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")  # (infer_shape of unknown inputs)
nd = mx.nd
x = nd.ones((1, 2, 2, 2))
CASES = [("Concat", dict(dim=-9)), ("Concat", dict(dim='a')), ("stack", dict(axis=9)), ("stack", dict(axis='q')),
         ("Crop", dict(offset=(0, 0), h_w=(1, 1))), ("Crop", dict(h_w='z')), ("add_n", dict()), ("khatri_rao", dict()),
         ("UpSampling", dict(scale=0, sample_type='nearest')), ("UpSampling", dict(scale='a', sample_type='nearest')),
         ("UpSampling", dict(scale=2, sample_type='nearest', workspace=-1)),
         ("UpSampling", dict(scale=0, sample_type='bilinear', num_filter=2)),
         ("UpSampling", dict(scale=2, sample_type='bilinear', multi_input_mode='x'))]


def call(mode, op, inputs, kw):
    if mode == 'nd':
        out = getattr(nd, op)(*inputs, **kw)
        out.wait_to_read()
        return out.shape
    syms = [mx.sym.var('v%d' % i) for i in range(len(inputs))]
    return getattr(mx.sym, op)(*syms, **kw).infer_shape(**{'v%d' % i: a.shape for i, a in enumerate(inputs)})[1]


for op, kw in CASES:
    for na in [None, 0, -1, 'b', 9]:
        for where in ['first', 'last']:
            if na is None and where == 'last':
                continue
            k = dict(kw) if na is None else {'num_args': na, **kw} if where == 'first' else {**kw, 'num_args': na}
            for mode in ['nd', 'sym']:
                for n in [0, 2]:
                    try:
                        r = call(mode, op, (x,) * n, k)
                    except Exception as e:
                        r = words(e)
                    print(op, k, mode, n, r)
