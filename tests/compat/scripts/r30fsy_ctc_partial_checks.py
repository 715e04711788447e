"""CTCLoss's partial shape inference runs MXNet's checks in order with unknown sizes as -1: the lengths' ranks and batch sizes at their lines, then the sequence length against the label length."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import sym
x, y, dl, ll = sym.var('x'), sym.var('y'), sym.var('dl'), sym.var('ll')
C = [("dl unknown", lambda: sym.CTCLoss(x, y, dl, use_data_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3))),
     ("dl 0", lambda: sym.CTCLoss(x, y, dl, use_data_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), dl=(0,))),
     ("dl bad", lambda: sym.CTCLoss(x, y, dl, use_data_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), dl=(3,))),
     ("ll 0 kw", lambda: sym.CTCLoss(x, y, label_lengths=ll, use_label_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), ll=(0,))),
     ("ll ok d0 kw", lambda: sym.CTCLoss(x, y, label_lengths=ll, use_label_lengths=True).infer_shape_partial(x=(0,2,4), y=(2,3), ll=(2,))),
     ("ll 2d kw", lambda: sym.CTCLoss(x, y, label_lengths=ll, use_label_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), ll=(2,1))),
     ("ll 0", lambda: sym.CTCLoss(x, y, ll, use_label_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), ll=(0,))),
     ("ll ok d0", lambda: sym.CTCLoss(x, y, ll, use_label_lengths=True).infer_shape_partial(x=(0,2,4), y=(2,3), ll=(2,))),
     ("ll ok", lambda: sym.CTCLoss(x, y, ll, use_label_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), ll=(2,))),
     ("both", lambda: sym.CTCLoss(x, y, dl, ll, use_data_lengths=True, use_label_lengths=True).infer_shape_partial(x=(5,2,4), y=(2,3), dl=(0,), ll=(2,))),
     ("d0 l1", lambda: sym.CTCLoss(x, y).infer_shape_partial(x=(0,2,4), y=(2,0))),
     ("d0 ok", lambda: sym.CTCLoss(x, y).infer_shape_partial(x=(3,2,4), y=(2,5))),
     ("d2 0", lambda: sym.CTCLoss(x, y).infer_shape_partial(x=(5,2,0), y=(2,3))),
]
for n, f in C:
    try:
        print(n, f())
    except Exception as e:
        print(n, 'ERR', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).splitlines()[0][:300])
