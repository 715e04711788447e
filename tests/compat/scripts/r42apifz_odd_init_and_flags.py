"""Xavier/MSRAPrelu compare factor_type as MXNet does (lists, arrays), MXRecordIO formats a bad flag as MXNet does, and an initializer handed a numpy scalar names its C type"""
import os
import tempfile
import numpy as np
import mxnet as mx


def show(label, fn):
    try:
        r = fn()
        print(label, '->', r if not isinstance(r, mx.nd.NDArray) else r.asnumpy().round(4).tolist())
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e).split('\n')[0])


for ft in ['avg', 'in', 'out', 'bad', [1, 2], ['avg'], ('in',), None, 3, mx.nd.array([1, 2, 3]), np.array(['avg'])]:
    for make in [lambda f: mx.init.Xavier(factor_type=f), lambda f: mx.init.MSRAPrelu(factor_type=f),
                 lambda f: mx.init.Xavier(rnd_type='bad', factor_type=f)]:
        def run():
            mx.random.seed(0)
            a = mx.nd.zeros((2, 3))
            make(ft)(mx.init.InitDesc('w_weight'), a)
            return a
        show('%s %r' % (make(ft).__class__.__name__, ft), run)

d = tempfile.mkdtemp()
for flag in ['r', 'w', 'a', '', (1, 2), (1, 2, 3), ('w',), ('x',), [1, 2], {}, 3, None]:
    show('MXRecordIO flag %r' % (flag,), lambda: mx.recordio.MXRecordIO(os.path.join(d, 'f.rec'), flag).flag)
    show('MXIndexedRecordIO flag %r' % (flag,),
         lambda: mx.recordio.MXIndexedRecordIO(os.path.join(d, 'f.idx'), os.path.join(d, 'g.rec'), flag).flag)

for arr in [np.float32(0.5), np.float64(1.0), np.int64(2), 3.0, 4]:
    show('Uniform into %r' % (arr,), lambda: mx.init.Uniform(0.5)(mx.init.InitDesc('w_weight'), arr))
    show('nd.random.uniform out=%r' % (arr,), lambda: mx.nd.random.uniform(shape=(2,), out=arr))
