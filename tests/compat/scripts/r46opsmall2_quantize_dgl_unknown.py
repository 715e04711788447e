"""quantize, quantize_v2, quantize_asym and dgl_adjacency of legacy data of unknown (zero) sizes fail shape inference before their type checks, as MXNet infers shapes first."""
import sys
import mxnet as mx
import numpy as np
def show(label, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(label, [(a.shape, a.dtype.__name__ if hasattr(a.dtype,'__name__') else a.dtype) for a in r], [a.asnumpy().tolist() for a in r])
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        print(label, type(e).__name__, ' | '.join(lines[1:]) if 'inferring' in str(e) else next((l for l in lines if 'MXNetError' in l or 'Check' in l), lines[-1]))
def legacy(shape, dtype='float32'):
    return mx.nd.array(np.zeros(shape), dtype=dtype)
cases = [
  ('qv2 (2,0) int32', lambda: mx.nd.contrib.quantize_v2(legacy((2,0),'int32'))),
  ('qv2 (2,0) f32', lambda: mx.nd.contrib.quantize_v2(legacy((2,0)))),
  ('qv2 (0,) f64', lambda: mx.nd.contrib.quantize_v2(legacy((0,),'float64'))),
  ('qv2 (0,) f64 calib', lambda: mx.nd.contrib.quantize_v2(legacy((0,),'float64'), min_calib_range=-1, max_calib_range=1)),
  ('qv2 (0,3) u8', lambda: mx.nd.contrib.quantize_v2(legacy((0,3),'uint8'))),
  ('qasym (0,) int32', lambda: mx.nd.contrib.quantize_asym(legacy((0,),'int32'))),
  ('qasym (2,0) f32', lambda: mx.nd.contrib.quantize_asym(legacy((2,0)))),
  ('qasym (2,0) f16', lambda: mx.nd.contrib.quantize_asym(legacy((2,0),'float16'))),
  ('dgl (0,) u8', lambda: mx.nd.contrib.dgl_adjacency(legacy((0,),'uint8'))),
  ('dgl (0,) i64', lambda: mx.nd.contrib.dgl_adjacency(legacy((0,),'int64'))),
  ('dgl (2,0) f32', lambda: mx.nd.contrib.dgl_adjacency(legacy((2,0)))),
  ('quantize (2,0) i32', lambda: mx.nd.contrib.quantize(legacy((2,0),'int32'), mx.nd.array([0]), mx.nd.array([1]))),
]
for c in cases if len(sys.argv) < 2 else [cases[int(sys.argv[1])]]:
    show(*c)
show('qv2 known int8', lambda: mx.nd.contrib.quantize_v2(mx.nd.array([[1, -2]], dtype='int8')))
show('qasym known f64', lambda: mx.nd.contrib.quantize_asym(mx.nd.ones((2,), dtype='float64')))
