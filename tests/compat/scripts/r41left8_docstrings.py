"""Public callables MXNet documents have a docstring (the methods, operators and properties found without one)."""
import mxnet as mx

OWNERS = {"Module": mx.mod.Module, "NDArray": mx.nd.NDArray, "Symbol": mx.sym.Symbol, "np.ndarray": mx.np.ndarray,
          "init": mx.init, "metric": mx.metric, "nd": mx.nd, "nd.sparse": mx.nd.sparse, "sym": mx.sym,
          "test_utils": mx.test_utils}
NAMES = """Module.data_names
Module.data_shapes
Module.label_names
Module.label_shapes
Module.output_names
Module.output_shapes
Module.symbol
NDArray.as_nd_ndarray
Symbol.as_nd_ndarray
Symbol.split_v2
init.alias
metric.alias
nd.broadcast_add
nd.broadcast_div
nd.broadcast_hypot
nd.broadcast_maximum
nd.broadcast_minimum
nd.broadcast_minus
nd.broadcast_mod
nd.broadcast_mul
nd.broadcast_plus
nd.broadcast_power
nd.broadcast_sub
nd.logical_not
nd.sparse.broadcast_add
nd.sparse.broadcast_div
nd.sparse.broadcast_minus
nd.sparse.broadcast_mul
nd.sparse.broadcast_plus
nd.sparse.broadcast_sub
sym.broadcast_add
sym.broadcast_mod
sym.logical_not
test_utils.get_etol
np.ndarray.abs
np.ndarray.argsort
np.ndarray.clip
np.ndarray.dot
np.ndarray.round
np.ndarray.take
np.ndarray.topk
np.ndarray.zeros_like
np.ndarray.split_v2""".split()
for qualified in NAMES:
    owner, name = qualified.rsplit(".", 1)
    value = OWNERS[owner].__dict__.get(name) if isinstance(OWNERS[owner], type) else None
    value = value if isinstance(value, property) else getattr(OWNERS[owner], name)
    print(qualified, bool((value.__doc__ or "").strip()))
