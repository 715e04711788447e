"""The dtype spellings mx.np creation functions accept in MXNet 1.9.1 (zeros takes only MXNet's type names as
strings, eye/linspace/indices have no bool), and arange/linspace options."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for f in ['np.zeros(2, dtype=%s)', 'np.ones(2, dtype=%s)', 'np.empty(2, dtype=%s).dtype', 'np.full(2, 1, dtype=%s)',
          'np.eye(2, dtype=%s)', 'np.identity(2, dtype=%s)', 'np.zeros_like(np.ones(2), dtype=%s)',
          'np.ones_like(np.ones(2), dtype=%s)', 'np.full_like(np.ones(2), 1, dtype=%s)', 'np.linspace(0, 1, 2, dtype=%s)',
          'np.indices((2,), dtype=%s)', 'np.arange(2, dtype=%s)', 'np.array([1, 2], dtype=%s)']:
    out = []
    for d in ["'f'", "'float'", "'i8'", "'?'", "bool", "'bool'", "onp.bool_", "'int16'", "onp.int16", "'bfloat16'",
              "'float64'", "float", "int"]:
        try:
            r = eval(f % d)
            out.append(str(r.dtype) if hasattr(r, 'dtype') else str(r))
        except (mx.MXNetError, TypeError, KeyError) as e:
            out.append(type(e).__name__)
    print(f, out)
