"""Profiler tutorial follow-up: -x is MXNet's _mul_scalar by -1.0 (a NaN keeps its sign), nd.negative flips it;
the names the profiler shows for operators and for copy/astype/attach_grad."""
import json
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import profiler

for dt in ('float32', 'float64', 'float16', 'int32', 'uint8'):
    x = mx.nd.array([np.nan if dt.startswith('float') else 3, 0, 2, -0.0 if dt.startswith('float') else 1], dtype=dt)
    y, z = -x, mx.nd.negative(x)
    print(dt, y.asnumpy().tolist(), np.signbit(y.asnumpy()).tolist(), y.dtype, np.signbit(z.asnumpy()).tolist())
x = mx.nd.array([1., 2.])
x.attach_grad()
with mx.autograd.record():
    y = (-x * x).sum()
y.backward()
print(x.grad)

profiler.set_config(profile_all=True, aggregate_stats=True, filename=os.path.join(tempfile.mkdtemp(), 'p.json'))
mx.nd.ones((1,)).wait_to_read()
for name, f in [('-x', lambda: -x), ('negative', lambda: mx.nd.negative(x)), ('1 - x', lambda: 1 - x), ('x - 1', lambda: x - 1),
                ('x ** 2', lambda: x ** 2), ('x.sum()', lambda: x.sum()), ('x == 1', lambda: x == 1),
                ('x.copy()', lambda: x.copy()), ('x.astype(int32)', lambda: x.astype('int32')),
                ('x.astype(float32, copy=False)', lambda: x.astype('float32', copy=False)),
                ('x.attach_grad()', lambda: x.attach_grad())]:
    profiler.set_state('run')
    f()
    mx.nd.waitall()
    profiler.set_state('stop')
    stats = json.loads(profiler.dumps(format='json', reset=True))['Time'].get('operator', {})
    print(name, sorted((k, v['Count']) for k, v in stats.items() if k != 'DeleteVariable'))
