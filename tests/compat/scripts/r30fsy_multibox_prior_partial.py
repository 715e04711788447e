"""MultiBoxPrior's partial shape inference reads the data's height, then its width: an unknown one fails its check at its line; unknown batch or channels pass."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import sym
x = sym.var('x')
for s in [(2,4,0,6), (2,4,6,0), (2,4,0,0), (0,4,6,6), (2,0,6,6), (2,4,6,6)]:
    try:
        print(s, sym.contrib.MultiBoxPrior(x, sizes=(0.5,0.25), ratios=(1,2)).infer_shape_partial(x=s))
    except Exception as e:
        print(s, 'ERR', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))[:250])
