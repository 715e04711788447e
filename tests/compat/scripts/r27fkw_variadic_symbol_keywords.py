"""A symbol given by keyword to a variadic operator's symbol function is an input by keyword, not a parameter's
text: refused beside positional inputs, or under another name than arg0, arg1, ...; given for num_args, the count
is left out and then missed."""
# recorded on AVX2
import mxnet as mx
from _words import words

a, b, q = mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('q')
CASES = [('Concat', dict(dim=q)), ('Concat', dict(num_args=q)), ('concat', dict(dim=q, num_args=2)),
         ('stack', dict(axis=q)), ('add_n', dict(num_args=q)), ('UpSampling', dict(scale=q, sample_type='nearest')),
         ('UpSampling', dict(num_filter=q, scale=2, sample_type='nearest')),
         ('UpSampling', dict(num_args=q, scale=2, sample_type='bilinear')), ('Crop', dict(offset=q)),
         ('Crop', dict(num_args=q)), ('ElementWiseSum', dict(num_args=q)), ('Concat', dict(arg0=q)),
         ('Concat', dict(arg0=a, arg1=b)), ('Concat', dict(arg0=a, arg1=b, dim=0))]
for name, kw in CASES:
    for ins in ((a, b), ()):
        try:
            s = getattr(mx.sym, name)(*ins, **kw)
            print(name, len(ins), sorted(kw), s.list_arguments(), sorted(s.list_attr().items()))
        except Exception as e:
            print(name, len(ins), sorted(kw), words(e))
