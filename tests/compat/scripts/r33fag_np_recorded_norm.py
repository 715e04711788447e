"""get_symbol of mx.np.linalg.norm shows the ord, axis and flag MXNet's front end passes its _npi_norm operator."""
# recorded on AVX2
import mxnet as mx, json
from mxnet import autograd, np, npx
npx.set_np()
x = np.array([[0.7, 2.0, 0.5],[1.5, 1.2, 0.9]]); x.attach_grad()
v = np.array([0.7, -2.0, 0.5]); v.attach_grad()
cases = [lambda: np.linalg.norm(x), lambda: np.linalg.norm(x, axis=1), lambda: np.linalg.norm(x, ord=1, axis=0), lambda: np.linalg.norm(x, 'fro'),
         lambda: np.linalg.norm(x, axis=(0, 1)), lambda: np.linalg.norm(x, ord=2, axis=1), lambda: np.linalg.norm(x, axis=1, keepdims=True), lambda: np.linalg.norm(v),
         lambda: np.linalg.norm(v, 1), lambda: np.linalg.norm(v, 3), lambda: np.linalg.norm(v, ord=2), lambda: np.linalg.norm(x, 2, axis=-1), lambda: np.linalg.norm(x, axis=0),
         lambda: np.linalg.norm(x, ord='fro', axis=(0, 1)), lambda: np.linalg.norm(v, -1), lambda: np.linalg.norm(v, 0.5)]
for i, f in enumerate(cases):
    try:
        with autograd.record():
            y = f()
        print(i, y, [(n['op'], n.get('attrs', {})) for n in json.loads(autograd.get_symbol(y).tojson())['nodes'] if n['op'] != 'null'])
    except Exception as e: print(i, "ERR", type(e).__name__, str(e).strip().splitlines()[-1][:100])
