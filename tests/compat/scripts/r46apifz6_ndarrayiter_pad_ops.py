"""NDArrayIter pads a short last batch with the concat and tile operators along the layout's batch axis (tile along axis 0), whose errors and profiled operators show, as MXNet does."""
import os, tempfile
import mxnet as mx, numpy as np
for n, bs, lbh, dk in [(1, 6, 'pad', 'nd'), (1, 6, 'pad', 'np'), (3, 2, 'pad', 'nd'), (2, 3, 'pad', 'nd'), (3, 2, 'roll_over', 'nd'), (3,5,'pad','np'), (4,3,'pad','list')]:
    data = np.arange(n * 2).reshape(n, 2).astype('float32')
    d = mx.nd.array(data) if dk == 'nd' else data if dk == 'np' else [data]
    try:
        it = mx.io.NDArrayIter(d, np.arange(n).astype('float32'), batch_size=bs, last_batch_handle=lbh, layout='TNC')
        print([str(x) for x in it.provide_data])
        for ep in range(2):
            for b in it:
                print(b.pad, b.data[0].shape, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist())
            it.reset()
    except Exception as e:
        print(n, bs, lbh, type(e).__name__, str(e)[:400])
mx.profiler.set_config(profile_all=True, aggregate_stats=True, filename=os.path.join(tempfile.mkdtemp(), 'p.json'))
it = mx.io.NDArrayIter(np.arange(10).reshape(5, 2).astype('float32'), np.arange(5).astype('float32'), batch_size=3, last_batch_handle='pad')
mx.profiler.set_state('run')
for b in it: pass
it = mx.io.NDArrayIter(np.arange(4).reshape(2, 2).astype('float32'), batch_size=7, last_batch_handle='pad')
for b in it: print(b.data[0].asnumpy().tolist())
mx.nd.waitall()
mx.profiler.set_state('stop')
import json
ops = json.loads(mx.profiler.dumps(format='json'))['Time']['operator']
print(sorted((n, d['Count']) for n, d in ops.items() if n in ('Concat', 'tile', 'slice_axis')))
