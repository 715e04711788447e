"""The modules dir() lists for mx, mx.nd, mx.sym, mx.io, mx.metric, mx.rnn and mx.gluon.data are MXNet's (not
distnet's kernel and helper modules), and mx.rnn shows MXNet's imported names."""
import types

import mxnet as mx

# (MXNet's native and generated modules, which distnet has not)
NATIVE = {"_api_internal", "_ctypes", "_cy3", "_ffi", "_global_var", "_numpy_op_doc", "api", "ndarray_doc", "notebook",
          "np_symbol", "numpy_dispatch_protocol", "numpy_op_fallback", "numpy_op_signature", "symbol_doc", "th", "torch",
          "tvmop", "gen__internal", "gen_contrib", "gen_image", "gen_linalg", "gen_op", "gen_sparse", "register"}
for path in ["", ".nd", ".sym", ".io", ".metric", ".rnn", ".gluon.data"]:
    module = eval("mx" + path)
    names = dir(module)
    print("mx" + path, [n for n in names if isinstance(getattr(module, n), types.ModuleType) and n not in NATIVE])
    print("   ", [n for n in names if not n.startswith("_") and not isinstance(getattr(module, n), types.ModuleType)
                  and n not in NATIVE])
print(mx.rnn.init is mx.init, mx.rnn.ndarray is mx.nd, mx.rnn.symbol is mx.sym, mx.rnn.np.__name__,
      mx.rnn.numeric_types, mx.rnn.string_types, mx.rnn.bisect.__name__)
