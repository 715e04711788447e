"""mx.sym.np creation functions: their nodes' attributes, shapes and dtypes (diag_indices_from gives int64 indices)."""
import mxnet as mx, json, warnings
warnings.simplefilter('ignore')
mx.npx.set_np()
np = mx.sym.np
a = mx.sym.var('a').as_np_ndarray()
cases = {'zeros': lambda: np.zeros((2, 3)), 'zeros_i': lambda: np.zeros(3, dtype='int32'), 'ones': lambda: np.ones((2,), dtype='float16'), 'full': lambda: np.full((2, 2), 3),
 'full_f': lambda: np.full((2,), 2.5, dtype='float64'), 'full_b': lambda: np.full((2,), True), 'arange': lambda: np.arange(5), 'arange_f': lambda: np.arange(0, 1, 0.25),
 'arange_dt': lambda: np.arange(3, dtype='int64'), 'linspace': lambda: np.linspace(0, 1, 5), 'linspace_ep': lambda: np.linspace(0, 1, 5, endpoint=False), 'eye': lambda: np.eye(3),
 'eye_k': lambda: np.eye(3, 4, k=1, dtype='int32'), 'identity': lambda: np.identity(3), 'logspace': lambda: np.logspace(0, 2, 3), 'indices': lambda: np.indices((2, 3)),
 'zeros_like': lambda: np.zeros_like(a), 'ones_like_dt': lambda: np.ones_like(a, dtype='int32'), 'full_like': lambda: np.full_like(a, 7), 'empty_like': lambda: np.empty_like(a),
 'hanning': lambda: np.hanning(4), 'blackman': lambda: np.blackman(4), 'hamming': lambda: np.hamming(4), 'tri?': lambda: np.tri(3) if hasattr(np, 'tri') else np.eye(1),
 'diag_indices_from': lambda: np.diag_indices_from(a), 'arange_like': lambda: mx.sym.npx.arange_like(a, start=1, step=2)}
for k, f in cases.items():
    try:
        s = f()
        s0 = s[0] if isinstance(s, (list, tuple)) else s
        print(k, [(n['op'], n.get('attrs')) for n in json.loads(s0.tojson())['nodes'] if n['op'] != 'null'])
        args = {n: (2, 2) for n in s0.list_arguments()}
        print('  ', s0.infer_shape_partial(**args)[1], [getattr(t, '__name__', t) for t in s0.infer_type_partial(**{n: 'float32' for n in args})[1]])
    except Exception as e:
        print(k, 'ERR', type(e).__name__, str(e).split('\n')[0][:200])
