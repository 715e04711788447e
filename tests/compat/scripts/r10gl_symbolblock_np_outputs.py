"""Under npx.set_np(), a SymbolBlock's outputs follow its symbols: legacy symbols give legacy arrays (refused)."""
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
mx.npx.set_np()
x = mx.np.array([[1, 2], [3, -4]])


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", type(out).__name__, out.shape if hasattr(out, "shape") else [o.shape for o in out])
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e).split(", while")[0])


data = mx.sym.var("data")
legacy = mx.gluon.SymbolBlock(mx.sym.FullyConnected(data, num_hidden=2, name="fc"), data)
legacy.initialize(mx.init.One())
attempt("legacy symbols", lambda: legacy(x))
legacy.hybridize()
attempt("legacy symbols, hybridized", lambda: legacy(x))

group = mx.gluon.SymbolBlock([mx.sym.relu(data), mx.sym.tanh(data)], data)
attempt("legacy group", lambda: group(x))

np_data = mx.sym.var("data").as_np_ndarray()
numpy_block = mx.gluon.SymbolBlock(mx.sym.npx.relu(np_data), np_data)
attempt("mx.np symbols", lambda: numpy_block(x))
numpy_pair = mx.gluon.SymbolBlock([mx.sym.npx.relu(np_data), mx.sym.np.tanh(np_data)], np_data)
attempt("mx.np symbol pair", lambda: numpy_pair(x))

net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Dense(3), mx.gluon.nn.Dense(2))
net.initialize(mx.init.One())
net.hybridize()
attempt("hybridized layers", lambda: net(x))
