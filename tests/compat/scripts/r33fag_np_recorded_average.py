"""get_symbol of mx.np.average (weighted or not) shows MXNet's _npi_average with its axis, returned and weighted attributes."""
# recorded on AVX2
import mxnet as mx, json
from mxnet import autograd, np, npx
npx.set_np()
x = np.array([[0.7, 2.0, 0.5],[1.5, 1.2, 0.9]]); x.attach_grad()
w = np.array([[1.0, 2.0, 3.0],[1.0, 1.0, 1.0]])
for f in [lambda: np.average(x), lambda: np.average(x, axis=0), lambda: np.average(x, axis=1, weights=w), lambda: np.average(x, weights=w), lambda: np.average(x, axis=0, returned=True)[0]]:
    try:
        with autograd.record():
            y = f()
        print(y, [(n['op'], n.get('attrs', {}), n['inputs']) for n in json.loads(autograd.get_symbol(y).tojson())['nodes'] if n['op'] != 'null'])
    except Exception as e: print("ERR", type(e).__name__, str(e).strip().splitlines()[-1][:100])
